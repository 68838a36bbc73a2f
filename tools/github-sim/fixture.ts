// The seed file format: what a simulated GitHub holds when it starts. Validated with zod so a
// typo in a fixture fails at start with a path, not later as a confusing 404.
import { readFile } from "node:fs/promises";
import { z } from "zod";

const login = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/);

export const fixtureUserSchema = z.object({
  login,
  name: z.string().nullable().default(null),
  email: z.string().nullable().default(null),
});

export const fixtureTeamSchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable().default(null),
  members: z.array(login).default([]),
  // "acme/payments-api" -> "push" | "admin" | "pull" | "maintain" | "triage"
  repos: z.record(z.string(), z.string()).default({}),
});

export const fixtureOrgSchema = z.object({
  login,
  name: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  teams: z.array(fixtureTeamSchema).default([]),
});

const runSchema = z.object({
  workflow: z.string(), // file name under .github/workflows, e.g. "ci.yml"
  event: z.string().default("push"),
  branch: z.string().optional(),
  status: z.enum(["queued", "in_progress", "completed"]).default("completed"),
  conclusion: z.enum(["success", "failure", "cancelled", "skipped"]).nullable().default(null),
  jobs: z.array(z.string()).default(["build"]),
  actor: login.optional(),
});

const pullSchema = z.object({
  title: z.string(),
  head: z.string(),
  base: z.string().optional(),
  user: login,
  state: z.enum(["open", "closed"]).default("open"),
  body: z.string().nullable().default(null),
});

const alertSchema = z.object({
  severity: z.enum(["low", "medium", "high", "critical"]),
  summary: z.string(),
  package: z.string().optional(), // dependabot only
  path: z.string().optional(), // code scanning only
  state: z.enum(["open", "dismissed", "fixed"]).default("open"),
});

export const fixtureRepoSchema = z.object({
  owner: login,
  name: z.string(),
  description: z.string().nullable().default(null),
  private: z.boolean().default(true),
  is_template: z.boolean().default(false),
  default_branch: z.string().default("main"),
  topics: z.array(z.string()).default([]),
  language: z.string().nullable().default(null),
  files: z.record(z.string(), z.string()).default({}),
  runs: z.array(runSchema).default([]),
  pulls: z.array(pullSchema).default([]),
  codeScanningAlerts: z.array(alertSchema).default([]),
  dependabotAlerts: z.array(alertSchema).default([]),
});

export const fixtureSchema = z.object({
  users: z.array(fixtureUserSchema).default([]),
  orgs: z.array(fixtureOrgSchema).default([]),
  repos: z.array(fixtureRepoSchema).default([]),
  // The user the generated admin / read-only tokens act as (defaults to the first user).
  viewer: login.optional(),
  // Fixed tokens make `npm run dev:github` reproducible; tests leave them out and get random ones.
  tokens: z.object({ admin: z.string().optional(), readOnly: z.string().optional() }).default({}),
  app: z
    .object({ id: z.number().int(), slug: z.string(), name: z.string(), installations: z.array(z.object({ id: z.number().int(), account: login })) })
    .optional(),
  rateLimit: z.object({ limit: z.number().int().positive() }).default({ limit: 5000 }),
});

export type Fixture = z.input<typeof fixtureSchema>;
export type ParsedFixture = z.output<typeof fixtureSchema>;
export type FixtureRepo = z.output<typeof fixtureRepoSchema>;
export type FixtureRun = z.output<typeof runSchema>;

export const demoFixturePath = new URL("./fixtures/demo.json", import.meta.url).pathname;

export async function loadFixture(source: Fixture | string | undefined): Promise<ParsedFixture> {
  const raw = source === undefined ? demoFixturePath : source;
  const data: unknown = typeof raw === "string" ? JSON.parse(await readFile(raw, "utf8")) : raw;
  const parsed = fixtureSchema.safeParse(data);
  if (!parsed.success) throw new Error(`github-sim fixture is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
