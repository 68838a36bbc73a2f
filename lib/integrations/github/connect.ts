import "server-only";
// The facade for a stored GitHub integration. One client per integration (and retry policy) is
// kept, so the throttling plugin's queue is shared by every caller in this process; editing or removing the
// integration drops it here, and after a minute at most on other instances (which cannot see
// the edit). The rate limit GitHub reports is saved on the row at most every 15 s.
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { log } from "../../log";
import { toConnection } from "../stored";
import { githubClient, type ClientOptions } from "./client";
import type { RateLimit } from "./config";
import { githubFacade, type Github } from "./facade";

const SAVE_EVERY_MS = 15_000;
const CLIENT_TTL_MS = 60_000;
const clients = new Map<string, { github: Github; until: number }>();
const lastSaved = new Map<string, number>();

export async function githubFor(integrationId: string, options: ClientOptions = {}): Promise<Github> {
  const key = `${integrationId} ${options.retries ?? ""} ${options.retryBaseMs ?? ""} ${options.maxRateLimitWaitSeconds ?? ""}`;
  const cached = clients.get(key);
  if (cached && cached.until > Date.now()) return cached.github;
  const row = await db.integration.findUnique({ where: { id: integrationId }, omit: { secrets: false } });
  if (!row || row.kind !== "github") throw AppError.notFound(`GitHub integration '${integrationId}'`);
  const github = githubFacade(
    githubClient(toConnection(row), {
      ...options,
      onRateLimit: (rateLimit) => {
        options.onRateLimit?.(rateLimit);
        saveRateLimit(integrationId, rateLimit);
      },
    }),
  );
  clients.set(key, { github, until: Date.now() + CLIENT_TTL_MS });
  return github;
}

/** For a page waiting on GitHub: no retries and no waiting out a rate limit, so it fails fast. */
export const interactive: ClientOptions = { retries: 0, maxRateLimitWaitSeconds: 0 };

/** The first GitHub integration by name: most workspaces have exactly one. */
export async function defaultGithub(): Promise<Github> {
  const row = await db.integration.findFirst({ where: { kind: "github" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!row) throw new AppError("unavailable", "no GitHub connection is configured; an admin adds one in Settings › Integrations");
  return githubFor(row.id);
}

export function forgetConnection(integrationId: string) {
  for (const key of clients.keys()) if (key.startsWith(`${integrationId} `)) clients.delete(key);
  lastSaved.delete(integrationId);
}

export function saveRateLimit(integrationId: string, rateLimit: RateLimit, force = false) {
  const now = Date.now();
  if (!force && now - (lastSaved.get(integrationId) ?? 0) < SAVE_EVERY_MS) return Promise.resolve();
  lastSaved.set(integrationId, now);
  return db.integration
    .update({ where: { id: integrationId }, data: { rateLimit } })
    .then(() => undefined)
    .catch((err: unknown) => log.warn({ err, integrationId }, "could not save the GitHub rate limit"));
}
