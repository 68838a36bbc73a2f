// Descriptor builders for the catalog's tests: Backstage YAML as a team would write it.
import { stringify } from "yaml";

type Doc = { kind: string; name: string; spec?: Record<string, unknown>; metadata?: Record<string, unknown>; apiVersion?: string };

export function descriptor({ kind, name, spec = {}, metadata = {}, apiVersion = "backstage.io/v1alpha1" }: Doc) {
  return { apiVersion, kind, metadata: { name, ...metadata }, spec };
}

export function yamlOf(...docs: Doc[]): string {
  return docs.map((d) => stringify(descriptor(d))).join("---\n");
}

export const component = (name: string, owner: string, spec: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}): Doc => ({
  kind: "Component",
  name,
  metadata,
  spec: { type: "service", lifecycle: "production", owner, ...spec },
});
