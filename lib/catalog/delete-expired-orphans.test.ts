import { subDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deleteExpiredOrphans } from "./delete-expired-orphans";

const row = (name: string, orphanedAt: Date | null) => ({
  ref: `component:default/${name}`, kind: "Component", name, tags: [], labels: {}, annotations: {}, links: [], spec: {}, orphanedAt,
});

describe("orphan grace period", () => {
  it("deletes only orphans older than the grace period, audited", async () => {
    await db.entity.createMany({ data: [row("old-orphan", subDays(new Date(), 10)), row("new-orphan", subDays(new Date(), 2)), row("kept", null)] });
    expect(await deleteExpiredOrphans(db, 7)).toBe(1);
    expect((await db.entity.findMany({ orderBy: { name: "asc" } })).map((e) => e.name)).toEqual(["kept", "new-orphan"]);
    const [event] = await db.auditEvent.findMany({ where: { action: "catalog.orphans.delete" } });
    expect(event?.before).toEqual({ refs: ["component:default/old-orphan"] });
    expect(await deleteExpiredOrphans(db, 7)).toBe(0);
  });
});
