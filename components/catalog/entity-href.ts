// Where a ref leads in the portal. Entity pages live at /catalog/<kind>/<namespace>/<name> with
// the kind lowercased as in the stored ref; a team's Group entity is better read on its team page.

type RefParts = { kind: string; namespace: string; name: string };

export function entityHref({ kind, namespace, name }: RefParts, tab?: string): string {
  const path = `/catalog/${encodeURIComponent(kind.toLowerCase())}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
  return tab ? `${path}?tab=${tab}` : path;
}

/** Split "kind:namespace/name" (namespace optional) into its parts. */
export function refParts(ref: string): RefParts {
  const colon = ref.indexOf(":");
  const rest = ref.slice(colon + 1);
  const slash = rest.indexOf("/");
  return slash < 0 ? { kind: ref.slice(0, colon), namespace: "default", name: rest } : { kind: ref.slice(0, colon), namespace: rest.slice(0, slash), name: rest.slice(slash + 1) };
}

/** The owner's page: /teams/<slug> for a team in the default namespace, else the entity page. */
export function ownerHref(ref: string): string {
  const parts = refParts(ref);
  return parts.kind === "group" && parts.namespace === "default" ? `/teams/${encodeURIComponent(parts.name)}` : entityHref(parts);
}

/** A ref as people say it: "payments" for group:default/payments, the whole ref otherwise. */
export function shortRef(ref: string, defaultKind?: string): string {
  const parts = refParts(ref);
  if (parts.namespace !== "default") return ref;
  return parts.kind === defaultKind ? parts.name : `${parts.kind}:${parts.name}`;
}
