// Split a file into YAML documents with the limits applied, keeping each document's node tree
// so a validation issue can name the line of the field it is about.
import { isNode, LineCounter, parseAllDocuments, type Document } from "yaml";
import { MAX_ALIAS_COUNT, MAX_DOCUMENT_BYTES, MAX_FILE_BYTES } from "./limits";
import type { DocumentError } from "./types";

export type YamlDocument = { index: number; value: unknown; lineOf: (path: (string | number)[]) => number };

export function readYamlDocuments(file: string, content: string): { documents: YamlDocument[]; errors: DocumentError[] } {
  const errors: DocumentError[] = [];
  if (Buffer.byteLength(content, "utf8") > MAX_FILE_BYTES) {
    return { documents: [], errors: [{ file, documentIndex: null, line: null, fieldPath: "", message: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }] };
  }
  const lineCounter = new LineCounter();
  let parsed: Document.Parsed[];
  try {
    const all = parseAllDocuments(content, { lineCounter, prettyErrors: true, uniqueKeys: true });
    parsed = Array.isArray(all) ? all : [];
  } catch (error) {
    return { documents: [], errors: [{ file, documentIndex: null, line: null, fieldPath: "", message: `not valid YAML: ${(error as Error).message}` }] };
  }
  const line = (offset: number) => lineCounter.linePos(offset).line;
  const documents: YamlDocument[] = [];
  parsed.forEach((doc, index) => {
    const start = doc.range[0];
    const fail = (message: string, at = start) => errors.push({ file, documentIndex: index, line: line(at), fieldPath: "", message });
    if (doc.errors.length) {
      const first = doc.errors[0]!;
      return fail(`not valid YAML: ${first.message.split("\n")[0]}`, first.pos[0]);
    }
    if (doc.contents === null) return; // an empty document between two "---" is allowed
    if (doc.range[2] - start > MAX_DOCUMENT_BYTES) return fail(`the document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      return fail(`the document cannot be read: ${(error as Error).message}`);
    }
    const lineOf = (path: (string | number)[]) => {
      // The deepest node that exists on the path: a missing field points at its parent.
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return line(node.range[0]);
      }
      return line(start);
    };
    documents.push({ index, value, lineOf });
  });
  return { documents, errors };
}
