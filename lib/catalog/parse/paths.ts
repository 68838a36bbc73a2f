// Relative targets ($text, Location targets) resolve against the file that names them and may
// never leave the import's root: "../../etc/passwd" is refused, not read.
import path from "node:path";

export type ResolvedTarget = { ok: true; path: string } | { ok: false; message: string };

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

export function isUrl(target: string): boolean {
  return URL_PATTERN.test(target);
}

export function resolveTarget(fromFile: string, target: string): ResolvedTarget {
  if (isUrl(target)) return { ok: true, path: target };
  if (target.includes("\0")) return { ok: false, message: "the path contains a NUL byte" };
  const base = isUrl(fromFile) ? "" : path.posix.dirname(fromFile.replace(/\\/g, "/"));
  const joined = target.startsWith("/") ? target.slice(1) : path.posix.join(base, target.replace(/\\/g, "/"));
  const normalized = path.posix.normalize(joined);
  if (normalized === ".." || normalized.startsWith("../") || path.posix.isAbsolute(normalized)) {
    return { ok: false, message: `'${target}' points outside the catalog root` };
  }
  return { ok: true, path: normalized.replace(/^\.\//, "") };
}

/** Is this a path to read as catalog YAML (zip and directory imports)? */
export function isYamlPath(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** A path from an archive or directory that may not be used (absolute, or climbing with ..). */
export function isUnsafePath(file: string): boolean {
  const p = file.replace(/\\/g, "/");
  return p.startsWith("/") || /^[a-z]:/i.test(p) || p.split("/").includes("..") || p.includes("\0");
}
