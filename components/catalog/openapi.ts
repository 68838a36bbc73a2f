// The operations of an OpenAPI (3.x or Swagger 2) document, flattened for a browsable list.
// Local $refs to parameters are followed; anything the document does not say stays out.
import { parse } from "yaml";

export type OpenApiParameter = { name: string; in: string; required: boolean; description: string | null; type: string | null };
export type OpenApiOperation = {
  method: string;
  path: string;
  summary: string | null;
  description: string | null;
  operationId: string | null;
  deprecated: boolean;
  tags: string[];
  parameters: OpenApiParameter[];
  requestBody: string[];
  responses: { code: string; description: string | null }[];
};
export type OpenApiSummary = { title: string | null; version: string | null; operations: OpenApiOperation[] };

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown) => (typeof v === "string" ? v : null);

function resolve(doc: Obj, value: unknown): Obj {
  const ref = str(obj(value).$ref);
  if (!ref?.startsWith("#/")) return obj(value);
  let node: unknown = doc;
  for (const part of ref.slice(2).split("/")) node = obj(node)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  return obj(node);
}

function parameter(doc: Obj, raw: unknown): OpenApiParameter | null {
  const p = resolve(doc, raw);
  const name = str(p.name);
  if (!name) return null;
  const schema = resolve(doc, p.schema);
  return { name, in: str(p.in) ?? "query", required: p.required === true, description: str(p.description), type: str(schema.type) ?? str(p.type) ?? (str(obj(p.schema).$ref)?.split("/").pop() ?? null) };
}

/** null when the text is not an OpenAPI document (the raw text is still shown). */
export function openApiSummary(text: string): OpenApiSummary | null {
  let doc: Obj;
  try {
    doc = obj(parse(text, { maxAliasCount: 100 }));
  } catch {
    return null;
  }
  if (!doc.openapi && !doc.swagger) return null;
  const operations: OpenApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(obj(doc.paths))) {
    const item = resolve(doc, rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      if (!item[method]) continue;
      const op = obj(item[method]);
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const params = new Map<string, OpenApiParameter>();
      for (const raw of [...shared, ...own]) {
        const p = parameter(doc, raw);
        if (p) params.set(`${p.in}:${p.name}`, p); // an operation's own parameter overrides the path's
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        summary: str(op.summary),
        description: str(op.description),
        operationId: str(op.operationId),
        deprecated: op.deprecated === true,
        tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [],
        parameters: [...params.values()],
        requestBody: Object.keys(obj(resolve(doc, op.requestBody).content)),
        responses: Object.entries(obj(op.responses)).map(([code, r]) => ({ code, description: str(resolve(doc, r).description) })),
      });
    }
  }
  const info = obj(doc.info);
  return { title: str(info.title), version: str(info.version), operations };
}
