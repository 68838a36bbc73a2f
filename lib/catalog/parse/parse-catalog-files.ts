// Read Backstage descriptor files into entities and per-document errors. Never throws for bad
// input: a broken document is reported with its file, index, line and field, and the valid
// documents beside it are still returned. Location entities are followed through the reader.
import { MAX_FILES, MAX_LOCATION_DEPTH } from "./limits";
import { isUrl, resolveTarget } from "./paths";
import { substitute, SubstitutionError } from "./substitute";
import type { CatalogFile, CatalogReader, DocumentError, ParsedEntity, ParseResult } from "./types";
import { validateDescriptor } from "./validate-descriptor";
import { readYamlDocuments } from "./yaml-documents";

/** A reader over the given files only (uploads): targets outside them are "not found". */
export function memoryReader(files: CatalogFile[]): CatalogReader {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  return async (path) => byPath.get(path) ?? null;
}

/**
 * Parse the files (and whatever their Location entities point at, through `reader`, which
 * defaults to the given files). Duplicate refs: the first definition wins, later ones are errors.
 */
export async function parseCatalogFiles(files: CatalogFile[], reader: CatalogReader = memoryReader(files)): Promise<ParseResult> {
  const result: ParseResult = { entities: [], errors: [], warnings: [], files: [] };
  const seen = new Map<string, ParsedEntity>();
  const queue: { file: string; content: string | null; depth: number }[] = files.map((f) => ({ file: f.path, content: f.content, depth: 0 }));
  const queued = new Set(files.map((f) => f.path));

  while (queue.length) {
    const { file, content: given, depth } = queue.shift()!;
    let content = given;
    if (content === null) {
      try {
        content = await reader(file);
      } catch (error) {
        result.errors.push({ file, documentIndex: null, line: null, fieldPath: "", message: `cannot read: ${(error as Error).message}` });
        continue;
      }
      if (content === null) continue; // reported by the Location that named it
    }
    result.files.push(file);
    const { documents, errors } = readYamlDocuments(file, content);
    result.errors.push(...errors);
    for (const doc of documents) {
      const fail = (e: DocumentError[]) => result.errors.push(...e);
      let value: unknown;
      try {
        value = await substitute(doc.value, file, reader);
      } catch (error) {
        if (!(error instanceof SubstitutionError)) throw error;
        fail([{ file, documentIndex: doc.index, line: doc.lineOf(error.path), fieldPath: error.path.join("."), message: error.message }]);
        continue;
      }
      const validated = validateDescriptor(value, { file, documentIndex: doc.index, lineOf: doc.lineOf });
      if (!validated.ok) {
        fail(validated.errors);
        continue;
      }
      const entity = validated.entity;
      const first = seen.get(entity.ref);
      if (first) {
        fail([{ file, documentIndex: doc.index, line: entity.source.line, fieldPath: "metadata.name", message: `${entity.ref} is already defined in ${first.source.file} (document ${first.source.documentIndex + 1})` }]);
        continue;
      }
      if (entity.kind === "Location") {
        const targets = [...(typeof entity.spec.target === "string" ? [entity.spec.target] : []), ...((entity.spec.targets as string[] | undefined) ?? [])];
        const followed: string[] = [];
        const problems: DocumentError[] = [];
        for (const target of targets) {
          const at = { file, documentIndex: doc.index, line: doc.lineOf(["spec"]), fieldPath: "spec.target" };
          const resolved = resolveTarget(file, target);
          if (!resolved.ok) problems.push({ ...at, message: resolved.message });
          else if (isUrl(resolved.path) && isUrl(target)) result.warnings.push({ ...at, message: `'${target}' was not followed: URL targets are read by the GitHub integration` });
          else followed.push(resolved.path);
        }
        // A Location that tries to escape the root is rejected whole, and nothing it names is read.
        if (problems.length) {
          fail(problems);
          continue;
        }
        for (const target of followed) {
          if (queued.has(target)) continue;
          if (depth + 1 > MAX_LOCATION_DEPTH || queued.size >= MAX_FILES) {
            result.warnings.push({ file, documentIndex: doc.index, line: entity.source.line, fieldPath: "spec.target", message: `'${target}' was not followed: too many nested locations or files` });
            continue;
          }
          const exists = await reader(target).catch(() => null);
          if (exists === null) {
            // Reported, not rejected: the Location itself is valid, and its file may appear later.
            result.warnings.push({ file, documentIndex: doc.index, line: entity.source.line, fieldPath: "spec.target", message: `'${target}' was not found` });
            continue;
          }
          queued.add(target);
          queue.push({ file: target, content: exists, depth: depth + 1 });
        }
      }
      seen.set(entity.ref, entity);
      result.entities.push(entity);
    }
  }
  return result;
}
