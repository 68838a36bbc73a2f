// Backstage entity references: "kind:namespace/name", compared case-insensitively. The kind
// and namespace may be left out where a field's convention gives a default (spec.owner is a
// Group, spec.system a System...), so every ref is normalized before it is stored.

/** The kinds the catalog knows, keyed by their lowercase spelling. */
export const knownKinds = {
  component: "Component",
  api: "API",
  resource: "Resource",
  system: "System",
  domain: "Domain",
  group: "Group",
  user: "User",
  location: "Location",
  template: "Template",
} as const;
export type EntityKind = (typeof knownKinds)[keyof typeof knownKinds];

/** The canonical spelling of a kind ("api" → "API"), or null for a kind the catalog does not know. */
export function canonicalKind(kind: string): EntityKind | null {
  return (knownKinds as Record<string, EntityKind>)[kind.toLowerCase()] ?? null;
}

// metadata.name / namespace: letters and digits with single - _ . between them, at most 63.
export const NAME_PATTERN = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;
export const NAME_RULE = "letters and digits with single - _ . between them, at most 63 characters";

export function isValidName(value: string): boolean {
  return value.length >= 1 && value.length <= 63 && NAME_PATTERN.test(value);
}

export type ParsedRef = { kind: string; namespace: string; name: string };

/**
 * Parse a ref with the field's defaults. Returns null when it cannot be a ref (empty, bad
 * name, no kind and no default). The kind is returned lowercased, as stored in `ref`.
 */
export function parseRef(value: string, defaults: { kind?: string; namespace?: string } = {}): ParsedRef | null {
  const text = value.trim();
  const match = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(text);
  if (!match) return null;
  const kind = (match[1] ?? defaults.kind)?.toLowerCase();
  const namespace = match[2] ?? defaults.namespace ?? "default";
  const name = match[3]!;
  if (!kind || !isValidName(namespace) || !isValidName(name)) return null;
  return { kind, namespace, name };
}

export function formatRef(ref: ParsedRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`.toLowerCase();
}

/** Normalize to the stored form ("group:default/payments"), or null when invalid. */
export function normalizeRef(value: string, defaults: { kind?: string; namespace?: string } = {}): string | null {
  const parsed = parseRef(value, defaults);
  return parsed ? formatRef(parsed) : null;
}

/** The ref of an entity itself. */
export function entityRef(kind: string, namespace: string, name: string): string {
  return `${kind}:${namespace}/${name}`.toLowerCase();
}

/** Split a stored ref back into parts (kind stays lowercase). */
export function splitRef(ref: string): ParsedRef {
  const colon = ref.indexOf(":");
  const slash = ref.indexOf("/", colon);
  return { kind: ref.slice(0, colon), namespace: ref.slice(colon + 1, slash), name: ref.slice(slash + 1) };
}
