// What the create/edit form asks per kind, and how its flat fields become a Backstage
// descriptor. Inputs are named by the descriptor path ("spec.owner") so the domain's zod issue
// paths land on the right field.
import type { BackstageEntity } from "@/lib/catalog/to-descriptor";

export const formKinds = ["Component", "API", "Resource", "System", "Domain"] as const;
export type FormKind = (typeof formKinds)[number];

export type SpecField = { key: string; label: string; hint?: string; list?: boolean; required?: boolean; textarea?: boolean };

const type = (hint: string): SpecField => ({ key: "type", label: "Type", hint, required: true });
const lifecycle: SpecField = { key: "lifecycle", label: "Lifecycle", hint: "experimental, production, deprecated", required: true };
const system: SpecField = { key: "system", label: "System", hint: "the system it is part of, e.g. payments" };
const dependsOn: SpecField = { key: "dependsOn", label: "Depends on", hint: "refs with their kind, comma-separated: resource:payments-db, component:cart-service", list: true };

/** Spec fields besides the owner (always asked), in form order. */
export const specFields: Record<FormKind, SpecField[]> = {
  Component: [
    type("service, website, library"),
    lifecycle,
    system,
    { key: "providesApis", label: "Provides APIs", hint: "API names, comma-separated", list: true },
    { key: "consumesApis", label: "Consumes APIs", hint: "API names, comma-separated", list: true },
    dependsOn,
  ],
  API: [type("openapi, asyncapi, graphql, grpc"), lifecycle, system, { key: "definition", label: "Definition", hint: "the OpenAPI, AsyncAPI, GraphQL or protobuf text", required: true, textarea: true }],
  Resource: [type("database, queue, bucket, cache"), system, dependsOn],
  System: [{ key: "domain", label: "Domain", hint: "the domain it belongs to" }, { key: "type", label: "Type", hint: "optional" }],
  Domain: [{ key: "subdomainOf", label: "Subdomain of", hint: "a parent domain" }, { key: "type", label: "Type", hint: "optional" }],
};

export function isFormKind(kind: string | undefined): kind is FormKind {
  return (formKinds as readonly string[]).includes(kind ?? "");
}

const list = (v: string | undefined) => (v ?? "").split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

/** The form's flat values from a descriptor (for the edit form). */
export function formValuesOf(entity: BackstageEntity): Record<string, string> {
  const m = entity.metadata;
  const values: Record<string, string> = {
    "metadata.name": m.name,
    "metadata.namespace": m.namespace,
    "metadata.title": m.title ?? "",
    "metadata.description": m.description ?? "",
    "metadata.tags": (m.tags ?? []).join(", "),
    "metadata.links": (m.links ?? []).map((l) => (l.title ? `${l.url} ${l.title}` : l.url)).join("\n"),
    "spec.owner": typeof entity.spec.owner === "string" ? entity.spec.owner : "",
  };
  for (const f of isFormKind(entity.kind) ? specFields[entity.kind] : []) {
    const v = entity.spec[f.key];
    values[`spec.${f.key}`] = Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : "";
  }
  return values;
}

/**
 * A descriptor from the form. On edit, `base` keeps what the form does not show (labels,
 * annotations, other spec keys, link icons), so saving never drops them.
 */
export function descriptorFromForm(kind: FormKind, values: Record<string, string>, base?: BackstageEntity) {
  const v = (k: string) => values[k]?.trim() || undefined;
  const oldLinks = new Map((base?.metadata.links ?? []).map((l) => [l.url, l]));
  const links = (values["metadata.links"] ?? "").split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
    const [url, ...title] = line.split(/\s+/);
    return { ...oldLinks.get(url!), url: url!, ...(title.length ? { title: title.join(" ") } : { title: undefined }) };
  });
  const metadata = {
    ...(base?.metadata.labels && { labels: base.metadata.labels }),
    ...(base?.metadata.annotations && { annotations: base.metadata.annotations }),
    name: v("metadata.name") ?? "",
    namespace: v("metadata.namespace") ?? "default",
    ...(v("metadata.title") && { title: v("metadata.title") }),
    ...(v("metadata.description") && { description: v("metadata.description") }),
    tags: list(values["metadata.tags"]),
    links: links.map((l) => Object.fromEntries(Object.entries(l).filter(([, x]) => x !== undefined))),
  };
  const spec: Record<string, unknown> = { ...base?.spec, owner: v("spec.owner") };
  for (const f of specFields[kind]) {
    const raw = f.key === "definition" ? values["spec.definition"] : v(`spec.${f.key}`);
    const value = f.list ? list(raw) : raw || undefined;
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete spec[f.key];
    else spec[f.key] = value;
  }
  if (spec.owner === undefined) delete spec.owner;
  return { apiVersion: "backstage.io/v1alpha1", kind, metadata, spec };
}

/** zod paths name list items ("metadata.tags.2", "metadata.links.0.url"); the form has one field per list. */
export function fieldKey(path: string): string {
  const parts = path.split(".");
  const index = parts.findIndex((p) => /^\d+$/.test(p));
  return index < 0 ? path : parts.slice(0, index).join(".");
}
