// The filters Backstage templates use, written from its documentation: parseRepoUrl,
// parseEntityRef, pick and projectSlug. Pure functions over plain data.
import { parseRef } from "../catalog/refs";

export type RepoUrl = { host: string; owner: string; repo: string; organization?: string; workspace?: string; project?: string };

/** "github.com?owner=acme&repo=svc" (what RepoUrlPicker writes) into its parts. */
export function parseRepoUrl(value: unknown): RepoUrl {
  if (typeof value !== "string" || !value.trim()) throw new Error("parseRepoUrl needs a string like github.com?owner=acme&repo=svc");
  let url: URL;
  try {
    url = new URL(`https://${value.trim()}`);
  } catch {
    throw new Error(`'${value}' is not a repository location (expected host?owner=…&repo=…)`);
  }
  const owner = url.searchParams.get("owner") ?? url.searchParams.get("organization") ?? url.searchParams.get("workspace") ?? "";
  const repo = url.searchParams.get("repo") ?? "";
  if (!owner || !repo) throw new Error(`'${value}' is missing ${!owner ? "owner" : "repo"} (expected host?owner=…&repo=…)`);
  const extra = Object.fromEntries(["organization", "workspace", "project"].flatMap((k) => (url.searchParams.get(k) ? [[k, url.searchParams.get(k)!]] : [])));
  return { host: url.host, owner, repo, ...extra };
}

export function parseEntityRef(value: unknown, defaults: { defaultKind?: string; defaultNamespace?: string } = {}) {
  if (typeof value !== "string") throw new Error("parseEntityRef needs a string like group:default/payments");
  const ref = parseRef(value, { kind: defaults.defaultKind, namespace: defaults.defaultNamespace });
  if (!ref) throw new Error(`'${value}' is not an entity ref ([kind:][namespace/]name)`);
  return ref;
}

/** One own property of an object (never anything from its prototype). */
export function pick(value: unknown, key: unknown): unknown {
  if (value === null || typeof value !== "object" || typeof key !== "string") return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function projectSlug(value: unknown): string {
  const { owner, repo } = parseRepoUrl(value);
  return `${owner}/${repo}`;
}
