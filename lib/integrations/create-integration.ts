import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { sealJson } from "../secrets/seal";
import type { GithubSecrets } from "./github/config";
import { createIntegrationSchema, type CreateIntegrationInput } from "./schemas";
import { configFor, toView } from "./stored";

export async function createIntegration(actor: Actor, input: CreateIntegrationInput) {
  assertCan(actor, "integrations.manage");
  const data = parseInput(createIntegrationSchema, input, "integration");
  const secrets: GithubSecrets =
    data.auth === "token"
      ? { token: data.token, ...(data.webhookSecret && { webhookSecret: data.webhookSecret }) }
      : { privateKey: data.privateKey, ...(data.webhookSecret && { webhookSecret: data.webhookSecret }) };
  const config = configFor(
    {
      baseUrl: data.baseUrl,
      auth: data.auth,
      ...(data.auth === "app" && { appId: data.appId, ...(data.installationId && { installationId: data.installationId }) }),
      ...(data.org && { org: data.org }),
    },
    secrets,
  );
  return db.$transaction(async (tx) => {
    if (await tx.integration.findUnique({ where: { name: data.name }, select: { id: true } })) {
      throw new AppError("conflict", `an integration named '${data.name}' already exists`, [{ path: "name", message: "already in use" }]);
    }
    const row = await tx.integration.create({ data: { kind: data.kind, name: data.name, config, secrets: sealJson(secrets as Record<string, string>) } });
    // The audit keeps the settings and which credentials were set, never their values.
    await recordAudit(tx, actor, { action: "integration.create", targetType: "integration", targetId: row.id, targetLabel: row.name, after: { kind: row.kind, name: row.name, config } });
    return toView(row);
  });
}
