import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { auditFor, createActor } from "../test/fixtures";
import { authenticateToken } from "./authenticate-token";
import { createToken } from "./create-token";
import { listTokens } from "./list-tokens";
import { revokeToken } from "./revoke-token";
import { hashToken } from "./token-secret";

describe("API tokens", () => {
  it("stores only a hash, authenticates as the user with the token's scope, and stops after revocation", async () => {
    const dev = await createActor("developer");
    const created = await createToken(dev, { name: "ci", scope: "read" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id }, omit: { tokenHash: false } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const actor = await authenticateToken(created.token);
    expect(actor).toMatchObject({ userId: dev.userId, role: "developer", scope: "read", via: "api" });

    await revokeToken(dev, created.id);
    expect(await authenticateToken(created.token)).toBeNull();
    expect((await auditFor(created.id)).map((e) => e.action)).toEqual(["token.create", "token.revoke"]);
  });

  it("refuses expired tokens, unknown tokens and disabled users", async () => {
    const dev = await createActor("developer");
    const expired = await createToken(dev, { name: "old", scope: "write", expiresInDays: 1 });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateToken(expired.token)).toBeNull();
    expect(await authenticateToken("fdt_not-a-token")).toBeNull();

    const live = await createToken(dev, { name: "live", scope: "write" });
    await db.user.update({ where: { id: dev.userId! }, data: { disabledAt: new Date() } });
    expect(await authenticateToken(live.token)).toBeNull();
  });

  it("lets nobody revoke someone else's token (not found) and gives viewers only read tokens", async () => {
    const owner = await createActor("developer");
    const stranger = await createActor("developer");
    const token = await createToken(owner, { name: "mine", scope: "write" });
    await expect(revokeToken(stranger, token.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listTokens(stranger)).toEqual([]);

    const viewer = await createActor("viewer");
    await expect(createToken(viewer, { name: "w", scope: "write" })).rejects.toMatchObject({ code: "forbidden" });
    const read = await createToken(viewer, { name: "r", scope: "read" });
    expect(await authenticateToken(read.token)).toMatchObject({ role: "viewer", scope: "read" });
    await expect(createToken({ ...viewer, scope: "read", via: "api" }, { name: "r2", scope: "read" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("verified-token cache", () => {
  it("applies a role change or a disabled account at once, though the token was just verified", async () => {
    const { updateUser } = await import("../users/update-user");
    const admin = await createActor("admin");
    const dev = await createActor("developer");
    const { token } = await createToken(dev, { name: "cached", scope: "write" });
    expect(await authenticateToken(token)).toMatchObject({ role: "developer" });
    await updateUser(admin, dev.userId!, { role: "viewer" });
    expect(await authenticateToken(token)).toMatchObject({ role: "viewer" });
    await updateUser(admin, dev.userId!, { disabled: true });
    expect(await authenticateToken(token)).toBeNull();
  });
});
