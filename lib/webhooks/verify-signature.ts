import "server-only";
// Which GitHub integration signed a delivery. Each integration has its own webhook secret
// (sealed at rest); the delivery is accepted only if X-Hub-Signature-256 matches one of them.
import { verify } from "@octokit/webhooks-methods";
import { db } from "../db/client";
import { log } from "../log";
import { openJson } from "../secrets/seal";

export type SignatureCheck = { integrationId: string } | { refused: string };

export async function verifyGithubSignature(body: string, signature: string | null, integrationName?: string): Promise<SignatureCheck> {
  if (!signature) return { refused: "missing X-Hub-Signature-256 signature" };
  if (!/^sha256=[0-9a-f]{64}$/.test(signature)) return { refused: "malformed X-Hub-Signature-256 signature" };
  const rows = await db.integration.findMany({
    where: { kind: "github", ...(integrationName && { name: integrationName }) },
    omit: { secrets: false },
  });
  for (const row of rows) {
    let secret: string | undefined;
    try {
      secret = openJson(row.secrets).webhookSecret;
    } catch (err) {
      log.error({ err, integrationId: row.id }, "cannot open an integration's secrets to verify a webhook");
    }
    if (secret && (await verify(secret, body, signature))) return { integrationId: row.id };
  }
  return { refused: rows.length === 0 ? "no GitHub integration is configured" : "signature does not match any GitHub integration's webhook secret" };
}
