import "server-only";
// GitHub's failures in plain words. Every facade call passes its error through githubError, so
// an admin reads "GitHub rejected the credentials" rather than "HttpError: Bad credentials", and
// each failure leaves one log line (never with the request's headers: they carry the token).
import { AppError } from "../../errors";
import { log } from "../../log";

// Octokit's RequestError, recognised by shape: @octokit/request-error is not a direct dependency.
export type RequestError = Error & {
  status: number;
  request: { url: string; request?: unknown };
  response?: { headers: Record<string, unknown>; data?: unknown };
};

export function isRequestError(error: unknown): error is RequestError {
  return error instanceof Error && error.name === "HttpError" && typeof (error as { status?: unknown }).status === "number";
}

export function githubError(error: unknown, what = "the request"): AppError {
  if (error instanceof AppError) return error;
  const mapped = map(error, what);
  const status = isRequestError(error) ? error.status : undefined;
  const url = isRequestError(error) ? error.request.url.replace(/\?.*$/, "") : undefined;
  log.warn({ status, url, code: mapped.code, reason: mapped.message }, "GitHub request failed");
  return mapped;
}

function map(error: unknown, what: string): AppError {
  if (!isRequestError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new AppError("unavailable", `cannot reach GitHub for ${what}: ${message}`);
  }
  const headers = error.response?.headers ?? {};
  const header = (name: string) => {
    const value = (headers as Record<string, unknown>)[name];
    return value === undefined || value === null ? undefined : String(value);
  };
  const status = error.status;
  if (!error.response) return new AppError("unavailable", `cannot reach GitHub for ${what}: ${error.message}`);
  if (status === 401) return new AppError("unavailable", "GitHub rejected the credentials (bad or revoked token)");
  if (status === 429 || (status === 403 && (header("x-ratelimit-remaining") === "0" || header("retry-after")))) {
    return new AppError("rate_limited", `GitHub rate limit reached; rate limited until ${resetTime(header)}`);
  }
  if (status === 403 || status === 404) {
    const missing = missingPermission(header);
    if (missing) return new AppError("forbidden", `GitHub refused ${what}: the connection is missing ${missing}`);
    if (status === 404) return new AppError("not_found", `GitHub found no ${what} (it does not exist, or this connection cannot see it)`);
    return new AppError("forbidden", `GitHub refused ${what}: ${error.message}`);
  }
  if (status === 409 || status === 422) return new AppError("validation", `GitHub refused ${what}: ${error.message}`);
  if (status >= 500) {
    const retried = retriesOf(error);
    return new AppError("unavailable", `GitHub is failing (${status}); retried ${retried} time${retried === 1 ? "" : "s"}`);
  }
  return new AppError("unavailable", `GitHub answered ${status} for ${what}: ${error.message}`);
}

function missingPermission(header: (name: string) => string | undefined): string | undefined {
  // A GitHub App names the permissions the endpoint needs; a classic token names the scopes.
  const permissions = header("x-accepted-github-permissions");
  if (permissions) return `the GitHub App permission ${permissions.split(";")[0]!.trim().replace("=", ": ")}`;
  const accepted = header("x-accepted-oauth-scopes");
  const granted = new Set((header("x-oauth-scopes") ?? "").split(",").map((s) => s.trim()).filter(Boolean));
  const needed = (accepted ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (needed.length > 0 && !needed.some((s) => granted.has(s))) return `the token scope ${needed.join(" or ")}`;
  return undefined;
}

function resetTime(header: (name: string) => string | undefined): string {
  const reset = Number(header("x-ratelimit-reset"));
  const retryAfter = Number(header("retry-after"));
  const at = reset > 0 ? new Date(reset * 1000) : new Date(Date.now() + (retryAfter > 0 ? retryAfter : 60) * 1000);
  return `${at.toISOString().slice(11, 16)} UTC`;
}

function retriesOf(error: RequestError): number {
  // plugin-retry counts attempts on the request options; the first attempt is not a retry.
  const request = error.request.request as { retryCount?: number; retries?: number } | undefined;
  const count = request?.retryCount ?? 0;
  return Math.max(0, Math.min(count, request?.retries ?? count));
}
