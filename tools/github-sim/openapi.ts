// Test support: validates a simulator response against GitHub's published OpenAPI description.
// The 13 MB file is parsed once per test file; each validator is compiled with only the
// component schemas its operation reaches, which keeps compilation in milliseconds.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import OpenAPIResponseValidator from "openapi-response-validator";

type Json = Record<string, unknown>;
type Spec = { paths: Record<string, Record<string, { responses: Record<string, Json> }>>; components: { schemas: Record<string, Json>; responses: Record<string, Json> } };

let spec: Spec | null = null;
const validators = new Map<string, OpenAPIResponseValidator>();

export function loadSpec(): Spec {
  if (spec) return spec;
  const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
  // The validator's schema compiler rejects GitHub's `x-github-breaking-changes` annotations.
  spec = JSON.parse(readFileSync(file, "utf8"), (key, value: unknown) => (key === "x-github-breaking-changes" ? undefined : value)) as Spec;
  return spec;
}

function collectSchemaRefs(node: unknown, s: Spec, seen: Set<string>) {
  if (Array.isArray(node)) return node.forEach((n) => collectSchemaRefs(n, s, seen));
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
      const name = value.slice("#/components/schemas/".length);
      if (!seen.has(name)) {
        seen.add(name);
        collectSchemaRefs(s.components.schemas[name], s, seen);
      }
    } else collectSchemaRefs(value, s, seen);
  }
}

/** Errors for `body` as the answer `status` of `METHOD template` ([] when valid). */
export function contractErrors(method: string, template: string, status: number, body: unknown): string[] {
  const s = loadSpec();
  const op = s.paths[template]?.[method.toLowerCase()];
  if (!op) return [`${method} ${template} is not in GitHub's OpenAPI description`];
  let response = op.responses[String(status)];
  if (!response) return [`${method} ${template} does not document status ${status} (documented: ${Object.keys(op.responses).join(", ")})`];
  if (typeof response.$ref === "string") response = s.components.responses[response.$ref.split("/").pop() ?? ""] ?? {};
  const content = response.content as Record<string, { schema?: Json }> | undefined;
  const schema = content?.["application/json"]?.schema ?? Object.values(content ?? {})[0]?.schema;
  if (!schema) return body === undefined || body === "" ? [] : [`status ${status} documents no body, got one`];
  const key = `${method} ${template} ${status}`;
  let validator = validators.get(key);
  if (!validator) {
    const names = new Set<string>();
    collectSchemaRefs(schema, s, names);
    const schemas = Object.fromEntries([...names].map((n) => [n, s.components.schemas[n]]));
    validator = new OpenAPIResponseValidator({ responses: { [status]: { description: "", content: { "application/json": { schema } } } }, components: { schemas } } as never);
    validators.set(key, validator);
  }
  const result = validator.validateResponse(status, body);
  return result ? result.errors.map((e: { path?: string; message: string }) => `${e.path ?? ""}: ${e.message}`) : [];
}
