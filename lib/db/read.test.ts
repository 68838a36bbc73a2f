// The raw read path: the same rows on this thread and on the scan worker (SQLite), parameters
// bound (dates too), and a bad statement failing with the database's own message.
import { describe, expect, it } from "vitest";
import { createActor } from "../test/fixtures";
import { readRows } from "./read";

describe("readRows", () => {
  it("answers lookups and scans alike, with bound parameters", async () => {
    const actor = await createActor("viewer");
    const sql = `SELECT "id", "email" FROM "User" WHERE "id" = ? AND "createdAt" < ?`;
    const params = [actor.userId, new Date(Date.now() + 60_000)];
    const direct = await readRows(sql, params);
    expect(direct).toEqual([{ id: actor.userId, email: actor.email }]);
    expect(await readRows(sql, params, { scans: true })).toEqual(direct);
  });

  it("fails a bad statement with the database's message, and keeps working after it", async () => {
    for (const scans of [false, true]) {
      await expect(readRows(`SELECT "nope" FROM "User"`, [], { scans })).rejects.toThrow(/nope/);
      expect(await readRows(`SELECT 1 AS "one"`, [], { scans })).toEqual([{ one: 1 }]);
    }
  });
});
