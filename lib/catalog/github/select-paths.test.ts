import { describe, expect, it } from "vitest";
import { pathMatcher, selectPaths } from "./select-paths";

const files = ["catalog-info.yaml", "README.md", "services/a/catalog-info.yaml", "services/b/catalog-info.yml", ".github/catalog-info.yaml", "docs/api.yaml"];

describe("discovery paths", () => {
  it("reads plain paths as they are and matches globs against the file list", () => {
    expect(selectPaths(["catalog-info.yaml"], null)).toEqual(["catalog-info.yaml"]);
    expect(selectPaths(["catalog-info.yaml", "services/*/catalog-info.yaml"], files)).toEqual(["catalog-info.yaml", "services/a/catalog-info.yaml"]);
    expect(selectPaths(["**/catalog-info.{yaml,yml}"], files)).toEqual([".github/catalog-info.yaml", "catalog-info.yaml", "services/a/catalog-info.yaml", "services/b/catalog-info.yml"]);
  });

  it("tells a push handler whether a touched file is one of them", () => {
    const matches = pathMatcher(["catalog-info.yaml", "services/**/catalog-info.yaml"]);
    expect(["catalog-info.yaml", "services/x/y/catalog-info.yaml"].every(matches)).toBe(true);
    expect(["docs/catalog-info.yaml", "catalog-info.yaml.bak"].some(matches)).toBe(false);
  });
});
