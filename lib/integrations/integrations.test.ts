import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { auditFor, createActor, unique } from "../test/fixtures";
import { createIntegration } from "./create-integration";
import { deleteIntegration } from "./delete-integration";
import { getIntegration } from "./get-integration";
import { listIntegrations } from "./list-integrations";
import { toConnection } from "./stored";
import { updateIntegration } from "./update-integration";

const TOKEN = "ghp_SuperSecretTokenValue123";
const HOOK = "webhook-secret-value-0123456789";
const KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIsecretkeymaterial\n-----END RSA PRIVATE KEY-----";

describe("integrations", () => {
  it("stores a token connection sealed and never shows or audits the secret", async () => {
    const admin = await createActor("admin");
    const name = unique("gh");
    const view = await createIntegration(admin, { auth: "token", name, token: TOKEN, webhookSecret: HOOK, org: "acme" });
    expect(view).toMatchObject({ name, auth: "token", baseUrl: "https://api.github.com", org: "acme", hasToken: true, hasWebhookSecret: true, hasPrivateKey: false });
    expect(JSON.stringify(view)).not.toContain(TOKEN);
    const row = await db.integration.findUniqueOrThrow({ where: { id: view.id }, omit: { secrets: false } });
    expect(row.secrets).not.toContain(TOKEN);
    expect(toConnection(row).secrets).toEqual({ token: TOKEN, webhookSecret: HOOK });
    // The global omit keeps secrets out of ordinary queries.
    expect(Object.keys(await db.integration.findUniqueOrThrow({ where: { id: view.id } }))).not.toContain("secrets");

    await updateIntegration(admin, view.id, { token: "ghp_rotated-token-value", org: "" });
    await deleteIntegration(admin, view.id);
    const audit = await auditFor(view.id);
    expect(audit.map((e) => e.action)).toEqual(["integration.create", "integration.update", "integration.delete"]);
    const text = JSON.stringify(audit);
    for (const secret of [TOKEN, HOOK, "ghp_rotated-token-value"]) expect(text).not.toContain(secret);
  });

  it("stores a GitHub App by organisation and keeps secrets on a blank edit", async () => {
    const admin = await createActor("admin");
    const view = await createIntegration(admin, { auth: "app", name: unique("app"), appId: "42", privateKey: KEY, org: "acme", baseUrl: "https://ghe.example.com/api/v3/" });
    expect(view).toMatchObject({ auth: "app", appId: 42, org: "acme", baseUrl: "https://ghe.example.com/api/v3", hasPrivateKey: true, hasToken: false });
    const edited = await updateIntegration(admin, view.id, { installationId: "7", privateKey: "", token: "" });
    expect(edited).toMatchObject({ installationId: 7, hasPrivateKey: true, status: "unknown" });
    const row = await db.integration.findUniqueOrThrow({ where: { id: view.id }, omit: { secrets: false } });
    expect(toConnection(row).secrets.privateKey).toBe(KEY);
    expect(JSON.stringify(await listIntegrations(admin))).not.toContain("MIIsecret");
  });

  it("names bad fields and refuses duplicates", async () => {
    const admin = await createActor("admin");
    await expect(createIntegration(admin, { auth: "app", name: unique("x"), appId: "1", privateKey: KEY })).rejects.toMatchObject({
      code: "validation",
      issues: [{ path: "installationId", message: expect.stringContaining("organisation") }],
    });
    await expect(createIntegration(admin, { auth: "token", name: unique("x"), token: "" })).rejects.toMatchObject({ issues: [{ path: "token" }] });
    const name = unique("dup");
    await createIntegration(admin, { auth: "token", name, token: TOKEN });
    await expect(createIntegration(admin, { auth: "token", name, token: TOKEN })).rejects.toMatchObject({ code: "conflict" });
  });

  it("is for admins only", async () => {
    const admin = await createActor("admin");
    const view = await createIntegration(admin, { auth: "token", name: unique("gh"), token: TOKEN });
    for (const role of ["platform", "developer", "viewer"] as const) {
      const actor = await createActor(role);
      await expect(listIntegrations(actor)).rejects.toMatchObject({ code: "forbidden" });
      await expect(getIntegration(actor, view.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(deleteIntegration(actor, view.id)).rejects.toMatchObject({ code: "forbidden" });
    }
    const readToken = await createActor("admin", { scope: "read", via: "api" });
    await expect(updateIntegration(readToken, view.id, { name: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getIntegration(admin, "missing")).rejects.toMatchObject({ code: "not_found" });
  });
});
