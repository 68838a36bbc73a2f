// Validate one descriptor (already substituted) and normalize it. Every zod issue becomes a
// DocumentError with its field path and the line of that field.
import type { z } from "zod";
import { canonicalKind, entityRef } from "../refs";
import { BACKSTAGE_API_VERSIONS, envelopeSchema, metadataSchema, specSchemas, TEMPLATE_API_VERSION } from "./descriptor-schemas";
import type { DocumentError, ParsedEntity } from "./types";

type Where = { file: string; documentIndex: number; lineOf: (path: (string | number)[]) => number | null };
export type Validated = { ok: true; entity: ParsedEntity } | { ok: false; errors: DocumentError[] };

export function validateDescriptor(value: unknown, where: Where): Validated {
  const errorAt = (path: (string | number)[], message: string): DocumentError => ({
    file: where.file,
    documentIndex: where.documentIndex,
    line: where.lineOf(path),
    fieldPath: path.join("."),
    message,
  });
  const fromZod = (error: z.ZodError, prefix: (string | number)[]) =>
    error.issues.map((i) => errorAt([...prefix, ...(i.path as (string | number)[])], i.message));

  if (!value || typeof value !== "object" || Array.isArray(value)) return { ok: false, errors: [errorAt([], "a descriptor must be a mapping (apiVersion, kind, metadata, spec)")] };
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, errors: fromZod(envelope.error, []) };
  const { apiVersion, kind: rawKind } = envelope.data;

  const kind = canonicalKind(rawKind);
  if (!kind) return { ok: false, errors: [errorAt(["kind"], `unknown kind '${rawKind}' (known: Component, API, Resource, System, Domain, Group, User, Location, Template)`)] };
  const versions: readonly string[] = kind === "Template" ? [TEMPLATE_API_VERSION] : BACKSTAGE_API_VERSIONS;
  if (!versions.includes(apiVersion)) return { ok: false, errors: [errorAt(["apiVersion"], `apiVersion for ${kind} must be ${versions.join(" or ")}`)] };

  const metadata = metadataSchema.safeParse(envelope.data.metadata);
  const spec = specSchemas[kind].safeParse(envelope.data.spec ?? {});
  const errors = [...(metadata.success ? [] : fromZod(metadata.error, ["metadata"])), ...(spec.success ? [] : fromZod(spec.error, ["spec"]))];
  if (!metadata.success || !spec.success) return { ok: false, errors };

  return {
    ok: true,
    entity: {
      apiVersion,
      kind,
      metadata: metadata.data,
      spec: spec.data as Record<string, unknown>,
      ref: entityRef(kind, metadata.data.namespace, metadata.data.name),
      source: { file: where.file, documentIndex: where.documentIndex, line: where.lineOf([]) ?? 0 },
    },
  };
}
