// zod schemas for Backstage descriptor files, written from the published format: an envelope
// (apiVersion, kind, metadata) shared by every kind and a spec per kind. Refs are checked
// here with each field's default kind, so a bad ref names its own field.
import { z } from "zod";
import { templateSpecSchema } from "../../scaffolder/template-spec";
import { isValidName, NAME_RULE, parseRef } from "../refs";

export const BACKSTAGE_API_VERSIONS = ["backstage.io/v1alpha1", "backstage.io/v1beta1"] as const;
export const TEMPLATE_API_VERSION = "scaffolder.backstage.io/v1beta3";

const nameSchema = z.string({ error: "must be a string" }).refine(isValidName, { message: NAME_RULE });
const text = z.string({ error: "must be a string" });
// Tags: lowercase, digits and : + # with single - between, at most 63 (Backstage's rule).
const tagSchema = text.max(63, "at most 63 characters").regex(/^[a-z0-9:+#]+(?:-[a-z0-9:+#]+)*$/, "lowercase letters, digits, : + # and single -");
const stringMap = z.record(z.string(), text);

export const linkSchema = z.object({
  url: text.min(1, "give a url"),
  title: text.optional(),
  icon: text.optional(),
  type: text.optional(),
});

export const metadataSchema = z.object({
  name: nameSchema,
  namespace: nameSchema.default("default"),
  title: text.max(200).optional(),
  description: text.max(10_000).optional(),
  labels: stringMap.default({}),
  annotations: stringMap.default({}),
  tags: z.array(tagSchema).max(100).default([]),
  links: z.array(linkSchema).max(100).default([]),
});
export type EntityMetadata = z.infer<typeof metadataSchema>;

/** A ref field: a string that parses as a ref with this default kind. */
const ref = (defaultKind?: string) =>
  text.refine((v) => parseRef(v, defaultKind ? { kind: defaultKind } : {}) !== null, {
    message: defaultKind ? "not a valid entity ref ([kind:][namespace/]name)" : "not a valid entity ref (kind:[namespace/]name; this field needs the kind)",
  });
const refs = (defaultKind?: string) => z.array(ref(defaultKind)).max(1000);
const required = (what: string) => ({ error: (i: { input: unknown }) => (i.input === undefined ? `${what} is required` : "must be a string") });

const profileSchema = z.object({ displayName: text.optional(), email: text.optional(), picture: text.optional() }).loose();

// Specs keep unknown keys (loose): Backstage plugins add their own, and export gives them back.
export const specSchemas = {
  Component: z
    .object({
      type: z.string(required("spec.type")).min(1),
      lifecycle: z.string(required("spec.lifecycle")).min(1),
      owner: z.string(required("spec.owner")).pipe(ref("group")),
      system: ref("system").optional(),
      subcomponentOf: ref("component").optional(),
      providesApis: refs("api").optional(),
      consumesApis: refs("api").optional(),
      dependsOn: refs().optional(),
      dependencyOf: refs().optional(),
    })
    .loose(),
  API: z
    .object({
      type: z.string(required("spec.type")).min(1),
      lifecycle: z.string(required("spec.lifecycle")).min(1),
      owner: z.string(required("spec.owner")).pipe(ref("group")),
      system: ref("system").optional(),
      definition: z.string(required("spec.definition")).max(1_000_000, "at most 1 MB"),
    })
    .loose(),
  Resource: z
    .object({
      type: z.string(required("spec.type")).min(1),
      owner: z.string(required("spec.owner")).pipe(ref("group")),
      system: ref("system").optional(),
      dependsOn: refs().optional(),
      dependencyOf: refs().optional(),
    })
    .loose(),
  System: z.object({ owner: z.string(required("spec.owner")).pipe(ref("group")), domain: ref("domain").optional(), type: text.optional() }).loose(),
  Domain: z.object({ owner: z.string(required("spec.owner")).pipe(ref("group")), subdomainOf: ref("domain").optional(), type: text.optional() }).loose(),
  Group: z
    .object({
      type: z.string(required("spec.type")).min(1),
      profile: profileSchema.optional(),
      parent: ref("group").optional(),
      children: refs("group").default([]),
      members: refs("user").optional(),
    })
    .loose(),
  User: z.object({ profile: profileSchema.optional(), memberOf: refs("group").default([]) }).loose(),
  Location: z
    .object({ type: text.optional(), target: text.optional(), targets: z.array(text).max(1000).optional(), presence: z.enum(["required", "optional"]).optional() })
    .loose()
    .refine((s) => s.target !== undefined || s.targets !== undefined, { message: "give spec.target or spec.targets" }),
  // Templates are run by the scaffolder: its v1beta3 schema refuses unknown actions and
  // malformed steps here, at registration, rather than when someone runs the template.
  Template: templateSpecSchema.and(z.object({ owner: ref("group").optional() }).loose()),
} as const;

export const envelopeSchema = z.object({
  apiVersion: z.string(required("apiVersion")),
  kind: z.string(required("kind")),
  metadata: z.object({}, { error: "metadata is required" }).loose(),
  spec: z.record(z.string(), z.unknown()).optional(),
});
