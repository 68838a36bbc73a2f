// Relations between entities, derived from spec fields and stored forward only (one row per
// source, type and target ref). The inverse ("ownerOf" for "ownedBy") is read through
// targetId, so a change to one entity rewrites only its own rows.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { sqlParam } from "../db/dialect";
import { insertRows } from "./bulk-insert";
import { normalizeRef } from "./refs";

export type RelationType = "ownedBy" | "dependsOn" | "dependencyOf" | "providesApi" | "consumesApi" | "partOf" | "memberOf" | "childOf" | "parentOf" | "hasMember";

/** Each stored type and the name of its reverse, as Backstage names them. */
export const inverseRelation: Record<string, string> = {
  ownedBy: "ownerOf",
  ownerOf: "ownedBy",
  dependsOn: "dependencyOf",
  dependencyOf: "dependsOn",
  providesApi: "apiProvidedBy",
  apiProvidedBy: "providesApi",
  consumesApi: "apiConsumedBy",
  apiConsumedBy: "consumesApi",
  partOf: "hasPart",
  hasPart: "partOf",
  memberOf: "hasMember",
  hasMember: "memberOf",
  parentOf: "childOf",
  childOf: "parentOf",
};

// spec field → relation type and the field's default kind (undefined: the ref must name it).
const fields: { field: string; type: RelationType; kind?: string; kinds?: string[] }[] = [
  { field: "owner", type: "ownedBy", kind: "group" },
  { field: "system", type: "partOf", kind: "system", kinds: ["Component", "API", "Resource"] },
  { field: "domain", type: "partOf", kind: "domain", kinds: ["System"] },
  { field: "subdomainOf", type: "partOf", kind: "domain", kinds: ["Domain"] },
  { field: "subcomponentOf", type: "partOf", kind: "component", kinds: ["Component"] },
  { field: "providesApis", type: "providesApi", kind: "api", kinds: ["Component"] },
  { field: "consumesApis", type: "consumesApi", kind: "api", kinds: ["Component"] },
  { field: "dependsOn", type: "dependsOn", kinds: ["Component", "Resource"] },
  { field: "dependencyOf", type: "dependencyOf", kinds: ["Component", "Resource"] },
  { field: "memberOf", type: "memberOf", kind: "group", kinds: ["User"] },
  { field: "parent", type: "childOf", kind: "group", kinds: ["Group"] },
  { field: "children", type: "parentOf", kind: "group", kinds: ["Group"] },
  { field: "members", type: "hasMember", kind: "user", kinds: ["Group"] },
];

export type DerivedRelation = { type: RelationType; targetRef: string };

/** The relations an entity's spec declares, normalized and without duplicates. */
export function deriveRelations(kind: string, spec: Record<string, unknown>, namespace = "default"): DerivedRelation[] {
  const out = new Map<string, DerivedRelation>();
  for (const f of fields) {
    if (f.kinds && !f.kinds.includes(kind)) continue;
    const raw = spec[f.field];
    const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    for (const v of values) {
      if (typeof v !== "string") continue;
      // Refs without a namespace default to the entity's own namespace, as in Backstage.
      const targetRef = normalizeRef(v, { ...(f.kind && { kind: f.kind }), namespace });
      if (targetRef) out.set(`${f.type} ${targetRef}`, { type: f.type, targetRef });
    }
  }
  return [...out.values()];
}

/**
 * Point unresolved relations at entities that now exist: after entities are written, every
 * row whose targetRef matches one of them gets its targetId. One statement, both databases.
 */
export async function resolvePendingRelations(tx: Tx, refs: string[]) {
  for (let i = 0; i < refs.length; i += 500) {
    const chunk = refs.slice(i, i + 500);
    const placeholders = chunk.map((_, n) => sqlParam(n + 1)).join(", ");
    await tx.$executeRawUnsafe(
      `UPDATE "EntityRelation" SET "targetId" = (SELECT e."id" FROM "Entity" e WHERE e."ref" = "EntityRelation"."targetRef")
       WHERE "targetId" IS NULL AND "targetRef" IN (${placeholders})`,
      ...chunk,
    );
  }
}

/** Write relation rows for entities (whose old rows are already gone), resolving targets that exist now. */
export async function insertRelations(tx: Tx, rows: { sourceId: string; type: string; targetRef: string }[]) {
  if (!rows.length) return;
  await insertRows(tx, "EntityRelation", rows.map((r) => ({ id: randomUUID(), ...r, targetId: null })));
  const sources = [...new Set(rows.map((r) => r.sourceId))];
  for (let i = 0; i < sources.length; i += 500) {
    const chunk = sources.slice(i, i + 500);
    await tx.$executeRawUnsafe(
      `UPDATE "EntityRelation" SET "targetId" = (SELECT e."id" FROM "Entity" e WHERE e."ref" = "EntityRelation"."targetRef")
       WHERE "targetId" IS NULL AND "sourceId" IN (${chunk.map((_, n) => sqlParam(n + 1)).join(", ")})`,
      ...chunk,
    );
  }
}
