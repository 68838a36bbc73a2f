// Which files of a repository a discovery reads: its configured paths, where a glob is matched
// against the repository's file list (one git tree request) and a plain path is read as it is.
import picomatch from "picomatch";

/** A path with a wildcard (`*`, `?`, `[…]`, `{a,b}`) is matched against the repository's file list. */
export function isGlob(path: string): boolean {
  return picomatch.scan(path).isGlob;
}

/** The repository files the configured paths select: plain paths as they are, globs matched (dot files too). */
export function selectPaths(patterns: string[], files: string[] | null): string[] {
  const plain = patterns.filter((p) => !isGlob(p));
  const globs = patterns.filter(isGlob);
  if (!globs.length || !files) return plain;
  const match = picomatch(globs, { dot: true });
  return [...new Set([...plain, ...files.filter((f) => match(f))])].sort();
}


/** Whether a file is one of the configured paths or matches one of their globs. */
export function pathMatcher(patterns: string[]): (file: string) => boolean {
  return picomatch(patterns, { dot: true });
}
