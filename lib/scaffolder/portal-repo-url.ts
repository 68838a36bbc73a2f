// Links into the portal's own git server: `${portal}/git/<owner>/<name>.git` clones, and
// `…/blob/<branch>/<path>` shows one file. catalog:register recognises these to register from
// the local repository instead of GitHub.
export const LOCAL_HOST = "local";

export type LocalBlob = { owner: string; name: string; branch: string; path: string };

export function localBlobUrl(portalUrl: string, owner: string, name: string, branch: string, filePath = ""): string {
  return `${portalUrl.replace(/\/+$/, "")}/git/${owner}/${name}.git/blob/${branch}${filePath ? `/${filePath.replace(/^\/+/, "")}` : ""}`;
}

/** Parse a portal git link (any origin: the portal may be reached under several names). */
export function parseLocalBlobUrl(url: string): LocalBlob | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const m = /\/git\/([^/]+)\/([^/]+)\.git\/blob\/([^/]+)\/?(.*)$/.exec(parsed.pathname);
  if (!m) return null;
  return { owner: decodeURIComponent(m[1]!), name: decodeURIComponent(m[2]!), branch: decodeURIComponent(m[3]!), path: decodeURIComponent(m[4] ?? "") };
}
