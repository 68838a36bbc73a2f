import { describe, expect, it } from "vitest";
import { db } from "./client";
import { migrationsOnDisk, migrationState } from "./migrations";
import { providerOf } from "./url";

describe("database client", () => {
  const provider = providerOf(process.env.DATABASE_URL!);

  it("runs on the provider of DATABASE_URL with every migration applied", async () => {
    const state = await migrationState(db, provider);
    expect(state.pending).toEqual([]);
    expect(state.current).toBe(migrationsOnDisk(provider).at(-1));
  });

  it("never returns password hashes unless asked", async () => {
    const user = await db.user.create({ data: { email: "omit@example.com", name: "Omit", passwordHash: "x" } });
    expect(user).not.toHaveProperty("passwordHash");
    const withHash = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(withHash.passwordHash).toBe("x");
  });

  it("rejects undefined in a where clause (strictUndefinedChecks)", async () => {
    await expect(db.user.findFirst({ where: { id: undefined as unknown as string } })).rejects.toThrow();
  });
});
