import { describe, expect, it } from "vitest";
import { verifyCredentials } from "../auth/verify-credentials";
import { db } from "../db/client";
import { createActor } from "../test/fixtures";
import { demoPeople, demoTeams } from "./demo-data";
import { getDemoWorkspace, removeDemoWorkspace } from "./demo-workspace";
import { initializeWorkspace } from "./initialize-workspace";

// One database for the whole file: the first test sees it empty.
describe("first start", () => {
  it("creates the first admin and the demo workspace once, even when two instances race", async () => {
    const options = { adminEmail: "First@Example.test", adminPassword: "first-admin-password", demo: true };
    const results = await Promise.all([initializeWorkspace(options), initializeWorkspace(options)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "admin" } })).toBe(1);
    expect(await verifyCredentials({ email: "first@example.test", password: "first-admin-password" }, "127.0.0.1")).not.toBeNull();
    expect(await getDemoWorkspace()).toEqual({ teams: demoTeams.length, people: demoPeople.length, present: true });
    expect(await initializeWorkspace(options)).toEqual({ created: false });
  });

  it("removes only demo data, for admins only, audited", async () => {
    const dev = await createActor("developer");
    await expect(removeDemoWorkspace(dev)).rejects.toMatchObject({ code: "forbidden" });
    const real = await db.team.create({ data: { slug: "real-team", name: "Real" } });
    const admin = await createActor("admin");
    expect(await removeDemoWorkspace(admin)).toEqual({ teams: demoTeams.length, people: demoPeople.length });
    expect((await getDemoWorkspace()).present).toBe(false);
    expect(await db.team.findUnique({ where: { id: real.id } })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "workspace.demo.remove" } })).toBe(1);
  });
});
