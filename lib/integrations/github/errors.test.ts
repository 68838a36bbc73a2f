import { describe, expect, it } from "vitest";
import { githubError } from "./errors";

function httpError(status: number, headers: Record<string, string> = {}, message = "boom", retryCount?: number) {
  return Object.assign(new Error(message), {
    name: "HttpError",
    status,
    request: { method: "GET", url: "https://api.github.com/repos/acme/x?per_page=1", headers: { authorization: "token [REDACTED]" }, request: { retryCount, retries: 3 } },
    response: { status, url: "https://api.github.com/repos/acme/x", headers, data: { message } },
  });
}

describe("GitHub errors in plain words", () => {
  it("names bad credentials", () => {
    expect(githubError(httpError(401, {}, "Bad credentials"))).toMatchObject({ code: "unavailable", message: "GitHub rejected the credentials (bad or revoked token)" });
  });

  it("says until when a rate limit lasts", () => {
    const reset = Math.floor(Date.UTC(2030, 0, 1, 14, 5) / 1000);
    const error = githubError(httpError(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }, "API rate limit exceeded"));
    expect(error).toMatchObject({ code: "rate_limited", message: "GitHub rate limit reached; rate limited until 14:05 UTC" });
    expect(githubError(httpError(429, { "retry-after": "30" }))).toMatchObject({ code: "rate_limited" });
  });

  it("names the missing App permission or token scope", () => {
    expect(githubError(httpError(403, { "x-accepted-github-permissions": "contents=write" }), "file a.txt").message).toBe(
      "GitHub refused file a.txt: the connection is missing the GitHub App permission contents: write",
    );
    expect(githubError(httpError(404, { "x-accepted-oauth-scopes": "repo", "x-oauth-scopes": "read:org" })).message).toContain("missing the token scope repo");
  });

  it("says a repository is not found or not visible", () => {
    expect(githubError(httpError(404), "repository acme/nope")).toMatchObject({ code: "not_found", message: expect.stringContaining("repository acme/nope") });
  });

  it("reports GitHub failing with the retries made", () => {
    expect(githubError(httpError(502, {}, "Bad Gateway", 3)).message).toBe("GitHub is failing (502); retried 3 times");
    expect(githubError(httpError(500)).message).toBe("GitHub is failing (500); retried 0 times");
  });

  it("reports an unreachable GitHub and never echoes headers", () => {
    const error = githubError(new TypeError("fetch failed"), "the connection test");
    expect(error).toMatchObject({ code: "unavailable", message: "cannot reach GitHub for the connection test: fetch failed" });
    expect(JSON.stringify(githubError(httpError(401)))).not.toContain("REDACTED");
  });
});
