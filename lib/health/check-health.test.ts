import os from "node:os";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/health/route";
import { createDb, db } from "../db/client";

describe("GET /api/health", () => {
  it("is 200 with the provider and the current migration", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { reachable: true, migrations: { pending: [], current: expect.stringMatching(/^\d{14}_/) } } });
    expect(["sqlite", "postgresql"]).toContain(body.database.provider);
  });

  it("is 503 naming the pending migrations when the database is behind this build", async () => {
    const [row] = await db.$queryRawUnsafe<{ migration_name: string }[]>("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name");
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = '${row!.migration_name}'`);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "migrations pending", database: { migrations: { pending: [row!.migration_name] } } });
    } finally {
      await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = '${row!.migration_name}'`);
    }
  });

  it("says the database is unreachable rather than failing", async () => {
    const { checkHealthOf } = await import("./check-health");
    // A directory is no SQLite file; nothing listens on port 1.
    const url = process.env.DATABASE_URL!.startsWith("file:") ? `file:${os.tmpdir()}` : "postgresql://nobody@127.0.0.1:1/none";
    const broken = createDb(url);
    const result = await checkHealthOf(broken, url);
    expect(result.ok).toBe(false);
    expect(result.body).toMatchObject({ status: "database unreachable", database: { reachable: false } });
  });
});
