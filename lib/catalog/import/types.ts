import type { FieldChange } from "../entity-row";
import type { CatalogReader, DocumentError } from "../parse/types";

/** Where one imported file really lives (repository, path inside it, commit, a link to it). */
export type FileOrigin = { repo: string | null; path: string; commit: string | null; url: string | null };

/** Where imported descriptors come from; decides who manages the entities afterwards. */
export type ImportSource =
  | { kind: "upload"; locationId?: string }
  | {
      kind: "location";
      locationId: string;
      repo?: string;
      commit?: string;
      /**
       * Maps an import path to its repository file. GitHub discovery imports many repositories
       * as one location, with paths prefixed "owner/repo/" so two catalog-info.yaml stay apart.
       */
      originOf?: (file: string) => FileOrigin;
      /** Orphan only entities of these repositories (a push re-reads one repository of a discovery). */
      onlyRepos?: string[];
      /** Repositories that could not be read this time: their entities stay exactly as they were. */
      keepRepos?: string[];
    };

export type ImportOptions = {
  /** Reads $text targets and Location targets; defaults to the given files only. */
  reader?: CatalogReader;
  /** Mark the entities (and the teams/people their Groups/Users create) as demo data. */
  isDemo?: boolean;
};

export type ImportEntityStatus = "created" | "changed" | "unchanged";

export type ImportEntityResult = {
  ref: string;
  kind: string;
  namespace: string;
  name: string;
  file: string;
  documentIndex: number;
  status: ImportEntityStatus;
  /** For "changed": what differs, field by field. */
  changes: FieldChange[];
};

export type ImportSummary = { created: number; changed: number; unchanged: number; errors: number };

export type ImportPreview = {
  entities: ImportEntityResult[];
  /** Rejected documents (bad YAML, invalid fields, not allowed, owned by another location). */
  errors: DocumentError[];
  warnings: DocumentError[];
  summary: ImportSummary;
};

export type ImportResult = ImportPreview & {
  /** Entities of this location that its files no longer define (marked, not deleted). */
  orphaned: number;
  durationMs: number;
};
