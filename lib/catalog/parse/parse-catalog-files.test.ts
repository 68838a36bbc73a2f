// The parser never throws for bad input: every problem is a per-document error with a line,
// and the valid documents beside it still come through.
import { describe, expect, it } from "vitest";
import { component, yamlOf } from "../test/descriptors";
import { memoryReader, parseCatalogFiles } from "./parse-catalog-files";
import type { CatalogFile } from "./types";

// `extra` files are only readable (as $text or Location targets), not parsed on their own.
const parse = (content: string, extra: CatalogFile[] = []) => {
  const main = { path: "svc/catalog-info.yaml", content };
  return parseCatalogFiles([main], memoryReader([main, ...extra]));
};
const good = yamlOf(component("good", "payments"));

describe("parseCatalogFiles", () => {
  it("keeps the valid document when another in the same file is malformed", async () => {
    const r = await parse(`${good}---\nkey: [unclosed\n---\n${good.replace("good", "good-two")}`);
    expect(r.entities.map((e) => e.ref)).toEqual(["component:default/good", "component:default/good-two"]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: "svc/catalog-info.yaml", documentIndex: 1, line: expect.any(Number), message: expect.stringContaining("not valid YAML") });
  });

  it("stops a YAML bomb (anchors and aliases) without expanding it", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) levels.push(`${"abcdefghij"[i]}: &${"abcdefghij"[i]} [${Array(10).fill(`*${"abcdefghij"[i - 1]}`).join(", ")}]`);
    const started = Date.now();
    const r = await parse(`${levels.join("\n")}\n---\n${good}`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.errors[0]).toMatchObject({ documentIndex: 0, message: expect.stringContaining("alias") });
    expect(r.entities).toHaveLength(1);
  });

  it("refuses a file over 10 MB and a document over 1 MB", async () => {
    const big = await parse(`# ${"x".repeat(10 * 1024 * 1024 + 1)}\n`);
    expect(big.errors).toEqual([expect.objectContaining({ documentIndex: null, message: expect.stringContaining("10 MB") })]);
    const doc = await parse(`${good}---\n${yamlOf(component("big", "payments", {}, { description: "y".repeat(1024 * 1024 + 10) }))}`);
    expect(doc.entities.map((e) => e.metadata.name)).toEqual(["good"]);
    expect(doc.errors[0]).toMatchObject({ documentIndex: 1, message: expect.stringContaining("1 MB") });
  });

  it("names the field, its line and the reason for wrong types, unknown kinds, bad names and bad refs", async () => {
    const content = [
      yamlOf(component("typed", "payments", { lifecycle: 42 })),
      "apiVersion: backstage.io/v1alpha1\nkind: Spaceship\nmetadata: {name: x}\n",
      yamlOf(component("Bad Name!", "payments")),
      yamlOf(component("refs", "payments", { dependsOn: ["no-kind-here"], providesApis: ["api:a:b"] })),
      "just a string\n",
      "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: nospec}\n",
    ].join("---\n");
    const r = await parse(content);
    expect(r.entities).toEqual([]);
    const by = (i: number) => r.errors.filter((e) => e.documentIndex === i).map((e) => [e.fieldPath, e.message]);
    expect(by(0)).toEqual([["spec.lifecycle", "must be a string"]]);
    expect(by(1)[0]![1]).toContain("unknown kind 'Spaceship'");
    expect(by(2)).toEqual([["metadata.name", expect.stringContaining("letters and digits")]]);
    expect(by(3).map((e) => e[0]).sort()).toEqual(["spec.dependsOn.0", "spec.providesApis.0"]);
    expect(by(4)[0]![1]).toContain("must be a mapping");
    expect(by(5).map((e) => e[0]).sort()).toEqual(["spec.lifecycle", "spec.owner", "spec.type"]);
    // Lines point into the file: document 0's lifecycle is on its own line.
    expect(r.errors.find((e) => e.fieldPath === "spec.lifecycle" && e.documentIndex === 0)!.line).toBe(7);
  });

  it("resolves $text, $json and $yaml relative to the file and refuses traversal", async () => {
    const api = (name: string, definition: unknown) => ({ kind: "API", name, spec: { type: "openapi", lifecycle: "production", owner: "payments", definition } });
    const files = [
      { path: "svc/openapi.yaml", content: "openapi: 3.0.0\n" },
      { path: "shared/schema.json", content: '{"a": 1}' },
    ];
    const r = await parse(yamlOf(api("text", { $text: "./openapi.yaml" }), api("up", { $text: "../shared/schema.json" }), api("escape", { $text: "../../etc/passwd" }), api("missing", { $text: "nope.yaml" })), files);
    expect(r.entities.map((e) => [e.metadata.name, e.spec.definition])).toEqual([["text", "openapi: 3.0.0\n"], ["up", '{"a": 1}']]);
    expect(r.errors.map((e) => [e.documentIndex, e.fieldPath, e.message])).toEqual([
      [2, "spec.definition", "'../../etc/passwd' points outside the catalog root"],
      [3, "spec.definition", "'nope.yaml' was not found"],
    ]);
  });

  it("follows Location targets through the reader, refusing ones outside the root", async () => {
    const location = (name: string, targets: string[]) => ({ kind: "Location", name, spec: { targets } });
    const files = [{ path: "svc/a/catalog-info.yaml", content: yamlOf(component("from-location", "payments")) }];
    const r = await parse(yamlOf(location("ok", ["./a/catalog-info.yaml", "https://github.com/x/y/blob/main/c.yaml"]), location("evil", ["../../../etc/passwd"])), files);
    expect(r.entities.map((e) => e.ref).sort()).toEqual(["component:default/from-location", "location:default/ok"]);
    expect(r.errors).toEqual([expect.objectContaining({ documentIndex: 1, fieldPath: "spec.target", message: expect.stringContaining("outside the catalog root") })]);
    expect(r.warnings[0]!.message).toContain("URL targets");
  });

  it("accepts every kind with its apiVersion and normalizes defaults", async () => {
    const r = await parse(
      yamlOf(
        { kind: "API", name: "a", spec: { type: "grpc", lifecycle: "x", owner: "payments", definition: "syntax = 'proto3';" } },
        { kind: "Resource", name: "db", spec: { type: "database", owner: "group:payments" } },
        { kind: "System", name: "s", spec: { owner: "payments", domain: "commerce" } },
        { kind: "Domain", name: "commerce", spec: { owner: "payments" } },
        { kind: "Group", name: "payments", spec: { type: "team", children: [] } },
        { kind: "User", name: "ada", spec: { memberOf: ["payments"] } },
        { kind: "Template", name: "t", apiVersion: "scaffolder.backstage.io/v1beta3", spec: { steps: [] } },
        { kind: "Template", name: "t2", spec: { steps: [] } },
      ),
    );
    expect(r.entities.map((e) => e.kind)).toEqual(["API", "Resource", "System", "Domain", "Group", "User", "Template"]);
    expect(r.entities[1]!.metadata).toMatchObject({ namespace: "default", tags: [], labels: {} });
    expect(r.errors).toEqual([expect.objectContaining({ documentIndex: 7, fieldPath: "apiVersion" })]);
  });

  it("survives random garbage without throwing", async () => {
    const pieces = ["{", "}", "[", "]", ":", "- ", "&a ", "*a ", "!!binary ", "---\n", "\n", "  ", "kind: API", '"', "'", "%YAML 1.2\n", "? ", "|", ">", "#", "\t", "\0"];
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 40 }, () => pieces[Math.floor(rand() * pieces.length)]).join("");
      const r = await parse(text);
      expect(Array.isArray(r.errors)).toBe(true);
    }
  });
});
