// Glob patterns of copyWithoutTemplating: * (within a path segment), ** (any depth), ?.
// Small on purpose: node's path.matchesGlob is still experimental (and warns) on Node 20.
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

export function matchesGlob(file: string, glob: string): boolean {
  return globToRegExp(glob.replace(/^\.\//, "")).test(file);
}
