import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { openJson, sealJson } from "../secrets/seal";
import type { GithubSecrets } from "./github/config";
import { forgetConnection } from "./github/connect";
import { updateIntegrationSchema, type UpdateIntegrationInput } from "./schemas";
import { configFor, storedConfig, toView } from "./stored";

export async function updateIntegration(actor: Actor, id: string, input: UpdateIntegrationInput) {
  assertCan(actor, "integrations.manage");
  const patch = parseInput(updateIntegrationSchema, input, "integration");
  const result = await db.$transaction(async (tx) => {
    const before = await tx.integration.findUnique({ where: { id }, omit: { secrets: false } });
    if (!before) throw AppError.notFound(`integration '${id}'`);
    const old = storedConfig(before);
    const stored = openJson(before.secrets) as GithubSecrets;
    const secrets: GithubSecrets = {
      ...stored,
      ...(patch.token && { token: patch.token }),
      ...(patch.privateKey && { privateKey: patch.privateKey }),
      ...(patch.webhookSecret && { webhookSecret: patch.webhookSecret }),
    };
    const auth = patch.auth ?? old.auth;
    const installationId = patch.installationId === null ? undefined : (patch.installationId ?? old.installationId);
    const org = patch.org === undefined ? old.org : patch.org || undefined;
    const appId = patch.appId ?? old.appId;
    // Switching between token and App keeps only the credentials the new kind uses.
    if (auth === "token") delete secrets.privateKey;
    else delete secrets.token;
    if (auth === "token" && !secrets.token) throw new AppError("validation", "a token connection needs a token", [{ path: "token", message: "paste the token" }]);
    if (auth === "app" && (!appId || !secrets.privateKey)) {
      throw new AppError("validation", "a GitHub App connection needs an app id and a private key", [{ path: appId ? "privateKey" : "appId", message: "required for a GitHub App" }]);
    }
    if (auth === "app" && !installationId && !org) {
      throw new AppError("validation", "give the installation id or the organisation", [{ path: "installationId", message: "give the installation id or the organisation the App is installed on" }]);
    }
    const config = configFor({ baseUrl: patch.baseUrl ?? old.baseUrl, auth, ...(auth === "app" && { appId, installationId }), ...(org && { org }) }, secrets);
    if (patch.name && patch.name !== before.name && (await tx.integration.findUnique({ where: { name: patch.name }, select: { id: true } }))) {
      throw new AppError("conflict", `an integration named '${patch.name}' already exists`, [{ path: "name", message: "already in use" }]);
    }
    const after = await tx.integration.update({
      where: { id },
      // A changed connection has not been tested yet.
      data: { name: patch.name ?? before.name, config, secrets: sealJson(secrets as Record<string, string>), status: "unknown", statusMessage: "changed; test the connection" },
    });
    const changedCredentials = (["token", "privateKey", "webhookSecret"] as const).filter((k) => patch[k]);
    await recordAudit(tx, actor, {
      action: "integration.update",
      targetType: "integration",
      targetId: id,
      targetLabel: after.name,
      before: { name: before.name, config: old },
      after: { name: after.name, config, changedCredentials },
    });
    return toView(after);
  });
  forgetConnection(id);
  return result;
}
