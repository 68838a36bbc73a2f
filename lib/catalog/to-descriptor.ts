// An Entity row back in Backstage's shape, for getEntity and the export. Empty maps and lists
// are left out so an exported file reads like one a person wrote.
import { TEMPLATE_API_VERSION } from "./parse/descriptor-schemas";

export type EntityRowForDescriptor = {
  id: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  description: string | null;
  tags: unknown;
  labels: unknown;
  annotations: unknown;
  links: unknown;
  spec: unknown;
};

export type BackstageEntity = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    title?: string;
    description?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    tags?: string[];
    links?: { url: string; title?: string; icon?: string; type?: string }[];
    uid?: string;
  };
  spec: Record<string, unknown>;
};

const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : !!v && typeof v === "object" && Object.keys(v).length > 0);

export function toDescriptor(row: EntityRowForDescriptor, options: { uid?: boolean } = {}): BackstageEntity {
  const metadata: BackstageEntity["metadata"] = { name: row.name, namespace: row.namespace };
  if (row.title) metadata.title = row.title;
  if (row.description) metadata.description = row.description;
  if (nonEmpty(row.labels)) metadata.labels = row.labels as Record<string, string>;
  if (nonEmpty(row.annotations)) metadata.annotations = row.annotations as Record<string, string>;
  if (nonEmpty(row.tags)) metadata.tags = row.tags as string[];
  if (nonEmpty(row.links)) metadata.links = row.links as BackstageEntity["metadata"]["links"];
  if (options.uid) metadata.uid = row.id;
  return { apiVersion: row.kind === "Template" ? TEMPLATE_API_VERSION : "backstage.io/v1alpha1", kind: row.kind, metadata, spec: (row.spec ?? {}) as Record<string, unknown> };
}
