// zod schemas at the catalog's boundaries (REST query strings, bodies, responses); the REST
// routes parse with them and lib/api/openapi.ts documents them.
import { z } from "zod";
import { discoverySpecSchema } from "./github/discovery-spec";

export const entitySortSchema = z.enum(["name", "-name", "updatedAt", "-updatedAt"]);
export type EntitySort = z.infer<typeof entitySortSchema>;

/** Columns a list may ask for (`fields=`); id and ref always come back. */
export const entityListFields = [
  "kind", "namespace", "name", "title", "description", "type", "lifecycle", "ownerRef", "systemRef", "tags",
  "managedBy", "locationId", "sourceUrl", "orphanedAt", "syncedAt", "syncErrors", "isDemo", "updatedAt",
] as const;
export type EntityListField = (typeof entityListFields)[number];
export const defaultListFields: EntityListField[] = ["kind", "namespace", "name", "title", "description", "type", "lifecycle", "ownerRef", "systemRef", "tags"];

const optionalText = z.string().trim().min(1).max(200).optional();

export const entityFiltersSchema = z.object({
  kind: optionalText.describe("Component, API, Resource, System, Domain, Group, User, Location, Template"),
  type: optionalText,
  owner: optionalText.describe("a group name or ref: payments, group:default/payments"),
  lifecycle: optionalText,
  system: optionalText.describe("a system name or ref"),
  tag: optionalText,
  q: z.string().trim().min(1).max(100).optional().describe("text search over name, title, description and tags"),
  orphan: z.enum(["true", "false"]).optional().describe("only entities their source no longer defines (or only the others)"),
});
export type EntityFiltersQuery = z.infer<typeof entityFiltersSchema>;

export const listEntitiesQuerySchema = entityFiltersSchema.extend({
  sort: entitySortSchema.default("name"),
  fields: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const list = v.split(",").map((f) => f.trim()).filter(Boolean);
      const bad = list.filter((f) => !(entityListFields as readonly string[]).includes(f));
      if (bad.length) ctx.addIssue({ code: "custom", message: `unknown fields: ${bad.join(", ")}` });
      return list as EntityListField[];
    })
    .describe(`comma-separated: ${entityListFields.join(", ")}`),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(600).optional(),
});

export const entityRefParamsSchema = z.object({ kind: z.string().min(1), namespace: z.string().min(1), name: z.string().min(1) });

export const entityDescriptorSchema = z
  .object({ apiVersion: z.string(), kind: z.string(), metadata: z.record(z.string(), z.unknown()), spec: z.record(z.string(), z.unknown()).optional() })
  .describe("a Backstage descriptor, as in catalog-info.yaml");

export const importBodySchema = z.object({
  yaml: z.string().min(1, "give the YAML to import").max(10 * 1024 * 1024, "at most 10 MB"),
  dryRun: z.boolean().default(false),
  locationId: z.string().min(1).optional().describe("an upload location to import into (its entities are orphaned when they disappear)"),
});

export const createLocationSchema = z.object({
  type: z.enum(["upload", "url", "github-discovery"]),
  target: z
    .string()
    .trim()
    .min(1, "give a target")
    .max(2000)
    .describe("upload: a name for the uploaded file; url: a repository file URL (…/blob/<branch>/catalog-info.yaml); github-discovery: the organisation"),
  spec: discoverySpecSchema.optional().describe("github-discovery only: which repositories and paths to read"),
});

const documentErrorSchema = z.object({ file: z.string(), documentIndex: z.number().nullable(), line: z.number().nullable(), fieldPath: z.string(), message: z.string() });
export const importResultSchema = z.object({
  entities: z.array(z.object({ ref: z.string(), kind: z.string(), namespace: z.string(), name: z.string(), file: z.string(), documentIndex: z.number(), status: z.enum(["created", "changed", "unchanged"]), changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })) })),
  errors: z.array(documentErrorSchema),
  warnings: z.array(documentErrorSchema),
  summary: z.object({ created: z.number(), changed: z.number(), unchanged: z.number(), errors: z.number() }),
  orphaned: z.number().optional(),
});

export const entitySummarySchema = z.object({ id: z.string(), ref: z.string() }).catchall(z.unknown()).describe("id, ref and the requested fields");
export const facetsSchema = z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number() })));
export const locationSchema = z.object({
  id: z.string(),
  type: z.string(),
  target: z.string(),
  spec: z.record(z.string(), z.unknown()).describe("github-discovery: its filters and paths"),
  integrationId: z.string().nullable(),
  status: z.string().describe("pending, ok, error (some documents rejected or repositories skipped) or failed (GitHub could not be read)"),
  lastSyncedAt: z.date().nullable(),
  lastError: z.string().nullable(),
  entityCount: z.number(),
});
export const entityResponseSchema = z
  .object({ apiVersion: z.string(), kind: z.string(), metadata: z.record(z.string(), z.unknown()), spec: z.record(z.string(), z.unknown()), relations: z.array(z.object({ type: z.string(), targetRef: z.string(), target: z.object({ kind: z.string(), namespace: z.string(), name: z.string() }) })) })
  .catchall(z.unknown());
