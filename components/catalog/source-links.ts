// Where an entity's descriptor lives, as links a person can follow. Backstage puts it in
// annotations ("url:https://github.com/…"); Flightdeck also keeps the repository and path.
import type { EntityDetail } from "@/lib/catalog/query/get-entity";

const stripUrlPrefix = (v: string) => v.replace(/^url:/, "");

export function isGitHubUrl(url: string): boolean {
  try {
    return new URL(url).hostname === "github.com";
  } catch {
    return false;
  }
}

/** The link to edit the descriptor on GitHub, or null when the entity does not come from there. */
export function githubEditUrl(entity: EntityDetail): string | null {
  const annotations = entity.metadata.annotations ?? {};
  const edit = annotations["backstage.io/edit-url"];
  if (edit && isGitHubUrl(stripUrlPrefix(edit))) return stripUrlPrefix(edit);
  // sourceUrl is the file's /blob/<branch>/ page on the host it was read from (github.com, an
  // Enterprise server, the simulator); its /edit/ twin opens GitHub's editor on that branch.
  const { sourceUrl } = entity.flightdeck;
  if (sourceUrl?.includes("/blob/")) return sourceUrl.replace("/blob/", "/edit/");
  const source = annotations["backstage.io/managed-by-location"];
  if (!source) return null;
  const url = stripUrlPrefix(source);
  if (!isGitHubUrl(url)) return null;
  // A file's /blob/ page has an /edit/ twin; a folder link is the best there is.
  return url.includes("/blob/") ? url.replace("/blob/", "/edit/") : url;
}
