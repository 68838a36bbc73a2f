import "server-only";
// The one place an Octokit is built: retry (5xx, with backoff) and throttling plugins, auth by
// token or as a GitHub App installation, and the rate limit read from every response.
import { createAppAuth } from "@octokit/auth-app";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { AppError } from "../../errors";
import { log } from "../../log";
import type { GithubConnection, RateLimit } from "./config";
import { forgetInstallationToken, installationToken } from "./installation-token";

const GithubOctokit = Octokit.plugin(retry, throttling);
export type GithubOctokit = InstanceType<typeof GithubOctokit>;

export type ClientOptions = {
  /** Retries of a 5xx (default 3). */
  retries?: number;
  /** Backoff unit in ms: the n-th retry waits n² units (default 1000; tests use less). */
  retryBaseMs?: number;
  /** Wait out a primary or secondary rate limit at most this long, once (default 10 s). */
  maxRateLimitWaitSeconds?: number;
  onRateLimit?: (rateLimit: RateLimit) => void;
};

export type GithubClient = { octokit: GithubOctokit; rateLimit: () => RateLimit | undefined; connection: GithubConnection };

const octokitLog = {
  debug: () => {},
  info: () => {},
  warn: (message: string) => log.warn({ source: "octokit" }, message),
  error: (message: string) => log.error({ source: "octokit" }, message),
};

export function githubClient(connection: GithubConnection, options: ClientOptions = {}): GithubClient {
  const { config, secrets } = connection;
  if (config.auth === "token" && !secrets.token) throw new AppError("validation", "the GitHub connection has no token");
  if (config.auth === "app" && (!config.appId || !secrets.privateKey)) {
    throw new AppError("validation", "the GitHub App connection needs an app id and a private key");
  }
  const maxWait = options.maxRateLimitWaitSeconds ?? 10;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
    log.warn({ kind, retryAfter, method: request.method, url: request.url }, "GitHub rate limit hit");
    return retryCount < 1 && retryAfter <= maxWait;
  };
  const octokit = new GithubOctokit({
    baseUrl: config.baseUrl,
    userAgent: "flightdeck",
    log: octokitLog,
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 } as { retries: number },
    throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
  });

  let latest: RateLimit | undefined;
  const track = (headers: Record<string, unknown> | undefined) => {
    const limit = Number(headers?.["x-ratelimit-limit"]);
    if (!headers || !Number.isFinite(limit) || limit <= 0) return;
    latest = {
      limit,
      remaining: Number(headers["x-ratelimit-remaining"] ?? 0),
      used: Number(headers["x-ratelimit-used"] ?? 0),
      resetAt: new Date(Number(headers["x-ratelimit-reset"] ?? 0) * 1000).toISOString(),
      resource: String(headers["x-ratelimit-resource"] ?? "core"),
    };
    options.onRateLimit?.(latest);
  };
  // Auth per request, so an installation token is refreshed before it expires even on a
  // long-lived client; the token never appears in a log line.
  octokit.hook.before("request", async (request) => {
    const token = config.auth === "token" ? secrets.token! : await installationToken(connection);
    request.headers.authorization = `token ${token}`;
  });
  octokit.hook.after("request", (response) => track(response.headers as Record<string, unknown>));
  octokit.hook.error("request", async (error, request) => {
    const failed = error as { status?: number; response?: { headers?: Record<string, unknown> } };
    track(failed.response?.headers);
    // An installation token GitHub no longer accepts (expired early, revoked): mint a new one
    // and try once more before telling anyone.
    const sent = String(request.headers.authorization ?? "").replace(/^token /, "");
    const options = (request.request ?? {}) as { reauthed?: boolean };
    if (config.auth === "app" && failed.status === 401 && sent && !options.reauthed) {
      forgetInstallationToken(connection, sent);
      await new Promise((resolve) => setImmediate(resolve));
      return octokit.request({ ...request, request: { ...options, reauthed: true } } as unknown as Parameters<typeof octokit.request>[0]);
    }
    throw error;
  });
  return { octokit, rateLimit: () => latest, connection };
}

/** An Octokit authenticated as the App itself (a short-lived JWT): /app, /orgs/{org}/installation. */
export function appOctokit(connection: GithubConnection): Octokit {
  const { config, secrets } = connection;
  return new Octokit({
    baseUrl: config.baseUrl,
    userAgent: "flightdeck",
    log: octokitLog,
    authStrategy: createAppAuth,
    auth: { appId: config.appId!, privateKey: secrets.privateKey! },
  });
}
