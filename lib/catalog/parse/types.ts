import type { EntityKind } from "../refs";
import type { EntityMetadata } from "./descriptor-schemas";

/** One problem with one document (or a whole file when documentIndex is null). */
export type DocumentError = {
  file: string;
  /** 0-based position of the document in its file; null for a problem with the whole file. */
  documentIndex: number | null;
  /** 1-based line of the offending node, when known. */
  line: number | null;
  /** Dotted path of the field ("spec.owner"), or "" for the document itself. */
  fieldPath: string;
  message: string;
};

/** A valid descriptor, normalized: kind canonical, metadata defaults filled, $text etc. resolved. */
export type ParsedEntity = {
  apiVersion: string;
  kind: EntityKind;
  metadata: EntityMetadata;
  spec: Record<string, unknown>;
  /** "kind:namespace/name", lowercased. */
  ref: string;
  source: { file: string; documentIndex: number; line: number };
};

/**
 * Reads a file by its root-relative POSIX path ("services/a/openapi.yaml"), or an absolute URL
 * when the source supports them. Returns null when the file does not exist. Lets uploads, the
 * CLI, GitHub and HTTP sources share one parser.
 */
export type CatalogReader = (path: string) => Promise<string | null>;

export type CatalogFile = { path: string; content: string };

export type ParseResult = {
  entities: ParsedEntity[];
  errors: DocumentError[];
  /** Problems that reject nothing (an optional Location target that is missing, a URL target not followed). */
  warnings: DocumentError[];
  /** Every file read, given or reached through Location targets. */
  files: string[];
};
