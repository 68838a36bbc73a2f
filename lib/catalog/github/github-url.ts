import "server-only";
// A repository file URL, as people copy it from their browser, mapped to the GitHub connection
// that can read it: github.com for api.github.com, https://host for a GitHub Enterprise Server's
// https://host/api/v3, and the API origin itself for anything else (the simulator serves its
// web links and its API from one origin).
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { GITHUB_API } from "../../integrations/github/config";
import { storedConfig } from "../../integrations/stored";

export type GithubFileUrl = { webBase: string; owner: string; repo: string; ref: string; path: string };

/** Where a connection's web pages live, from its API base URL. */
export function webBaseOf(apiBase: string): string {
  const url = new URL(apiBase || GITHUB_API);
  if (url.hostname === "api.github.com") return "https://github.com";
  return `${url.origin}${url.pathname.replace(/\/+$/, "").replace(/\/api\/v3$/, "")}`;
}

/** The browser link of a file at a ref: where sourceUrl points and "edit in GitHub" starts. */
export function fileWebUrl(webBase: string, owner: string, repo: string, ref: string, path: string): string {
  return `${webBase}/${owner}/${repo}/blob/${ref}/${path.split("/").map(encodeURIComponent).join("/")}`;
}

const invalid = (message: string) => new AppError("validation", message, [{ path: "target", message }]);

/**
 * Split `{webBase}/{owner}/{repo}/blob/{ref}/{path}`. The ref is one path segment: a branch
 * with a slash in its name cannot be told apart from a folder, so such files are registered by
 * a commit sha or a tag instead.
 */
export function parseGithubFileUrl(target: string, webBase: string): GithubFileUrl | null {
  let url: URL;
  try {
    url = new URL(target.trim());
  } catch {
    return null;
  }
  const base = new URL(webBase);
  if (url.origin !== base.origin) return null;
  const basePath = base.pathname.replace(/\/+$/, "");
  if (basePath && !url.pathname.startsWith(`${basePath}/`)) return null;
  const parts = url.pathname.slice(basePath.length).split("/").filter(Boolean).map(decodeURIComponent);
  const [owner, repo, kind, ref, ...path] = parts;
  if (!owner || !repo) return null;
  if (kind === "tree") throw invalid(`'${target}' is a folder link (…/tree/…); register the catalog file itself, e.g. …/${owner}/${repo}/blob/${ref ?? "main"}/catalog-info.yaml`);
  if (kind !== "blob" || !ref || path.length === 0) {
    throw invalid(`'${target}' is not a GitHub file URL; expected …/${owner}/${repo}/blob/<branch>/<path to catalog-info.yaml>`);
  }
  if (path.some((p) => p === ".." || p === ".")) throw invalid(`'${target}' has '..' or '.' in its path`);
  return { webBase: webBaseOf(webBase), owner, repo: repo.replace(/\.git$/, ""), ref, path: path.join("/") };
}

/**
 * The GitHub connection whose web host serves the URL, and the URL's parts. The location's own
 * integration is preferred (two connections may share a host); otherwise the newest match.
 */
export async function resolveGithubFileUrl(target: string, preferIntegrationId?: string | null): Promise<GithubFileUrl & { integrationId: string }> {
  try {
    new URL(target.trim());
  } catch {
    throw invalid(`'${target}' is not a GitHub file URL: it is not a URL at all`);
  }
  const rows = await db.integration.findMany({ where: { kind: "github" }, orderBy: { createdAt: "desc" }, select: { id: true, config: true } });
  if (!rows.length) throw invalid("GitHub is not connected: connect GitHub in Settings → Integrations first");
  const ordered = [...rows.filter((r) => r.id === preferIntegrationId), ...rows.filter((r) => r.id !== preferIntegrationId)];
  for (const row of ordered) {
    const parsed = parseGithubFileUrl(target, webBaseOf(storedConfig(row).baseUrl));
    if (parsed) return { ...parsed, integrationId: row.id };
  }
  const host = new URL(target.trim()).host;
  throw invalid(`no GitHub connection for ${host}: the connected hosts are ${[...new Set(rows.map((r) => new URL(webBaseOf(storedConfig(r).baseUrl)).host))].join(", ")}`);
}
