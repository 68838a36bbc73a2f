// The environment, validated once. Every setting Flightdeck reads is here, with its default,
// so the README's configuration table and the boot error messages come from one place.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { databaseUrl, dataDir, providerOf } from "./db/url";

const onOff = z.enum(["on", "off"]);
const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" ? undefined : v), s.optional());

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(3000),
    HOST: z.string().default("0.0.0.0"),
    FLIGHTDECK_DATA_DIR: z.string().default("./data"),
    DATABASE_URL: optional(
      z.string().regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
    ),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)")),
    AUTH_URL: optional(z.url()),
    FLIGHTDECK_SECRET_KEY: optional(
      z.string().refine((v) => /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, "base64").length === 32, "must be 32 bytes in base64 (openssl rand -base64 32)"),
    ),
    FLIGHTDECK_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    FLIGHTDECK_ADMIN_EMAIL: optional(z.email()),
    FLIGHTDECK_ADMIN_PASSWORD: optional(z.string().min(12, "must be at least 12 characters")),
    FLIGHTDECK_DEMO: onOff.default("on"),
    FLIGHTDECK_WORKER: onOff.default("on"),
    /** Jobs are mostly waiting on GitHub or the database: several at once, so one slow sync never holds up webhooks. */
    FLIGHTDECK_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
    /** The environments deployments may name, comma-separated; production is the one DORA measures. */
    FLIGHTDECK_ENVIRONMENTS: z
      .string()
      .default("production,staging,dev")
      .refine((v) => /^\s*[a-z0-9][a-z0-9_-]*(\s*,\s*[a-z0-9][a-z0-9_-]*)*\s*$/i.test(v), "a comma-separated list of names like production,staging,dev"),
    FLIGHTDECK_DORA_HOTFIX_HOURS: z.coerce.number().int().min(1).max(720).default(24),
    /** Days an orphaned catalog entity is kept before the daily clean-up deletes it; unset: kept until a person deletes it. */
    FLIGHTDECK_ORPHAN_GRACE_DAYS: optional(z.coerce.number().int().min(1).max(3650)),
    /** The web server's V8 heap limit. V8 grows its heap lazily up to this, so it bounds the server's memory. */
    FLIGHTDECK_MAX_HEAP_MB: z.coerce.number().int().min(96).max(16_384).default(256),
    FLIGHTDECK_WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    AUTH_GITHUB_ID: optional(z.string()),
    AUTH_GITHUB_SECRET: optional(z.string()),
    AUTH_OIDC_ISSUER: optional(z.url()),
    AUTH_OIDC_ID: optional(z.string()),
    AUTH_OIDC_SECRET: optional(z.string()),
    AUTH_OIDC_NAME: z.string().default("Single sign-on"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    const pairs = [
      ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
      ["AUTH_OIDC_ID", "AUTH_OIDC_SECRET"],
      ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID"],
    ] as const;
    for (const [a, b] of pairs) {
      if (Boolean(env[a]) !== Boolean(env[b])) {
        const missing = env[a] ? b : a;
        ctx.addIssue({ code: "custom", path: [missing], message: `must be set together with ${env[a] ? a : b}` });
      }
    }
  });

export type Env = z.infer<typeof envSchema> & {
  databaseUrl: string;
  provider: "sqlite" | "postgresql";
  dataDir: string;
  authSecret: string;
};

export class EnvError extends Error {}

/** Parse process.env; the error names every bad variable and what is wrong with it. */
export function parseEnv(source: Record<string, string | undefined> = process.env): z.infer<typeof envSchema> {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = String(i.path[0] ?? "environment");
    const got = source[name];
    const shown = got === undefined ? "" : /SECRET|PASSWORD|KEY/.test(name) ? " (value hidden)" : ` (got "${got}")`;
    return `  ${name}: ${i.message}${shown}`;
  });
  throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = parseEnv();
  const dir = dataDir();
  const url = databaseUrl();
  cached = { ...parsed, databaseUrl: url, provider: providerOf(url), dataDir: dir, authSecret: authSecret(parsed.AUTH_SECRET, dir) };
  return cached;
}

// The embedded default keeps a generated secret in the data directory, so two commands are
// enough; several instances must share AUTH_SECRET instead.
function authSecret(fromEnv: string | undefined, dir: string): string {
  if (fromEnv) return fromEnv;
  const file = path.join(dir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = crypto.randomBytes(33).toString("base64");
    try {
      fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}
