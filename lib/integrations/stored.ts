import "server-only";
// How an Integration row maps to a connection and to what callers may see. The stored config
// lists which secrets are set (secretsSet), so listing never needs to decrypt anything.
import type { Integration } from "../db/generated/sqlite/client";
import { openJson } from "../secrets/seal";
import { githubConfigSchema, type GithubConnection, type GithubSecrets, type RateLimit } from "./github/config";
import type { IntegrationView } from "./schemas";

type StoredConfig = { baseUrl: string; auth: "token" | "app"; appId?: number; installationId?: number; org?: string; secretsSet?: string[] };
type Row = Omit<Integration, "secrets">;

export function storedConfig(row: Pick<Integration, "config">): StoredConfig {
  return row.config as StoredConfig;
}

export function toView(row: Row): IntegrationView {
  const c = storedConfig(row);
  const set = new Set(c.secretsSet ?? []);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    auth: c.auth,
    baseUrl: c.baseUrl,
    appId: c.appId ?? null,
    installationId: c.installationId ?? null,
    org: c.org ?? null,
    hasToken: set.has("token"),
    hasPrivateKey: set.has("privateKey"),
    hasWebhookSecret: set.has("webhookSecret"),
    status: row.status,
    statusMessage: row.statusMessage,
    checkedAt: row.checkedAt,
    rateLimit: (row.rateLimit as RateLimit | null) ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toConnection(row: Pick<Integration, "id" | "config" | "secrets">): GithubConnection {
  return { integrationId: row.id, config: githubConfigSchema.parse(row.config), secrets: openJson(row.secrets) as GithubSecrets };
}

/** Non-secret settings plus the names of the secrets present. */
export function configFor(c: Omit<StoredConfig, "secretsSet">, secrets: GithubSecrets): StoredConfig {
  const secretsSet = (Object.keys(secrets) as (keyof GithubSecrets)[]).filter((k) => secrets[k]);
  return {
    baseUrl: c.baseUrl,
    auth: c.auth,
    ...(c.appId !== undefined && { appId: c.appId }),
    ...(c.installationId !== undefined && { installationId: c.installationId }),
    ...(c.org && { org: c.org }),
    secretsSet,
  };
}
