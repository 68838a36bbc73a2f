// $text, $json and $yaml placeholders: `definition: { $text: ./openapi.yaml }` is replaced by
// the file's content, read through the source's reader relative to the descriptor's file.
import { parse as parseYaml } from "yaml";
import { MAX_ALIAS_COUNT, MAX_DOCUMENT_BYTES } from "./limits";
import { resolveTarget } from "./paths";
import type { CatalogReader } from "./types";

export class SubstitutionError extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

const keys = ["$text", "$json", "$yaml"] as const;

/** Replace every placeholder in the value; throws SubstitutionError naming the field. */
export async function substitute(value: unknown, file: string, reader: CatalogReader, path: (string | number)[] = []): Promise<unknown> {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(await substitute(value[i], file, reader, [...path, i]));
    return out;
  }
  if (!value || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const placeholder = entries.length === 1 ? keys.find((k) => k === entries[0]![0]) : undefined;
  if (placeholder) return resolvePlaceholder(placeholder, entries[0]![1], file, reader, path);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = await substitute(v, file, reader, [...path, k]);
  return out;
}

async function resolvePlaceholder(kind: (typeof keys)[number], target: unknown, file: string, reader: CatalogReader, path: (string | number)[]) {
  if (typeof target !== "string" || !target) throw new SubstitutionError(path, `${kind} needs a file path`);
  const resolved = resolveTarget(file, target);
  if (!resolved.ok) throw new SubstitutionError(path, resolved.message);
  let content: string | null;
  try {
    content = await reader(resolved.path);
  } catch (error) {
    throw new SubstitutionError(path, `cannot read '${target}': ${(error as Error).message}`);
  }
  if (content === null) throw new SubstitutionError(path, `'${target}' was not found`);
  if (content.length > MAX_DOCUMENT_BYTES) throw new SubstitutionError(path, `'${target}' is larger than 1 MB`);
  try {
    if (kind === "$json") return JSON.parse(content);
    if (kind === "$yaml") return parseYaml(content, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new SubstitutionError(path, `'${target}' is not valid ${kind === "$json" ? "JSON" : "YAML"}: ${(error as Error).message.split("\n")[0]}`);
  }
  return content;
}
