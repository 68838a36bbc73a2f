import { describe, expect, it } from "vitest";
import { verifyCredentials } from "../auth/verify-credentials";
import { db } from "../db/client";
import { auditFor, createActor, unique } from "../test/fixtures";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { updateUser } from "./update-user";

describe("users", () => {
  it("lets an admin create an account with a temporary password that signs in", async () => {
    const admin = await createActor("admin");
    const email = `${unique("new")}@Example.test`;
    const { user, temporaryPassword } = await createUser(admin, { email, name: "New Person" });
    expect(user).toMatchObject({ email: email.toLowerCase(), role: "developer" });
    expect(user).not.toHaveProperty("passwordHash");
    expect(await verifyCredentials({ email, password: temporaryPassword }, "10.0.0.1")).toMatchObject({ id: user.id });
    expect((await auditFor(user.id))[0]).toMatchObject({ action: "user.create" });
    expect(JSON.stringify(await auditFor(user.id))).not.toContain(temporaryPassword!);
  });

  it("refuses non-admins and names invalid fields", async () => {
    const dev = await createActor("developer");
    await expect(createUser(dev, { email: "x@example.test", name: "X" })).rejects.toMatchObject({ code: "forbidden" });
    const admin = await createActor("admin");
    await expect(createUser(admin, { email: "not-an-email", name: "X", password: "short" })).rejects.toMatchObject({
      code: "validation",
      issues: expect.arrayContaining([expect.objectContaining({ path: "email" }), expect.objectContaining({ path: "password" })]),
    });
  });

  it("changes roles (admins only), audited before and after; nobody disables themselves", async () => {
    const admin = await createActor("admin");
    const dev = await createActor("developer");
    await updateUser(admin, dev.userId!, { role: "viewer" });
    const event = (await auditFor(dev.userId!)).at(-1);
    expect(event).toMatchObject({ action: "user.update", before: { role: "developer" }, after: { role: "viewer" } });
    await expect(updateUser(dev, dev.userId!, { role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateUser(admin, admin.userId!, { disabled: true })).rejects.toMatchObject({ code: "validation" });
    await updateUser(dev, dev.userId!, { name: "Renamed" });
    expect((await db.user.findUniqueOrThrow({ where: { id: dev.userId! } })).name).toBe("Renamed");
  });

  it("throttles repeated failed sign-ins for an email, even with the right password", async () => {
    const admin = await createActor("admin");
    const email = `${unique("locked")}@example.test`;
    await createUser(admin, { email, name: "Locked", password: "correct horse battery" });
    for (let i = 0; i < 5; i++) expect(await verifyCredentials({ email, password: "wrong password!" }, "10.0.0.2")).toBeNull();
    expect(await verifyCredentials({ email, password: "correct horse battery" }, "10.0.0.2")).toBeNull();
  });

  it("changes a password only with the current one", async () => {
    const admin = await createActor("admin");
    const email = `${unique("pw")}@example.test`;
    const { user } = await createUser(admin, { email, name: "Pw", password: "first password 1" });
    const self = { ...admin, userId: user.id, email, role: "developer" as const };
    await expect(changePassword(self, { currentPassword: "nope", newPassword: "second password 2" })).rejects.toMatchObject({
      issues: [{ path: "currentPassword" }],
    });
    await changePassword(self, { currentPassword: "first password 1", newPassword: "second password 2" });
    expect(await verifyCredentials({ email, password: "second password 2" }, "10.0.0.3")).not.toBeNull();
  });

  it("searches people by name, case-insensitively, with cursor pages", async () => {
    const admin = await createActor("admin");
    const tag = unique("zed");
    for (let i = 0; i < 3; i++) await createUser(admin, { email: `${tag}-${i}@example.test`, name: `Zed ${tag} ${i}` });
    const first = await listUsers(admin, { q: tag.toUpperCase(), limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await listUsers(admin, { q: tag, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((u) => u.name)).toEqual([`Zed ${tag} 2`]);
    expect(second.nextCursor).toBeNull();
  });
});
