// The relations graph around an entity, 1 to 3 hops in both directions: two indexed queries
// per hop (outgoing by sourceId, incoming by targetId), capped so a hub cannot flood the page.
import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { normalizeRef, splitRef } from "../refs";

export type GraphNode = { ref: string; kind: string; namespace: string; name: string; title: string | null; resolved: boolean };
/** Edges point the stored way (source ownedBy target); the UI labels the reverse itself. */
export type GraphEdge = { source: string; target: string; type: string };
export type EntityGraph = { root: string; nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean };

const MAX_NODES = 300;

export async function getEntityGraph(_actor: Actor, ref: string, depth = 1): Promise<EntityGraph> {
  const hops = Math.min(3, Math.max(1, Math.trunc(depth)));
  const key = normalizeRef(ref, { namespace: "default" });
  const root = key ? await db.entity.findUnique({ where: { ref: key }, select: { id: true, ref: true, kind: true, namespace: true, name: true, title: true } }) : null;
  if (!root) throw AppError.notFound(`entity '${ref}'`);
  const nodes = new Map<string, GraphNode>([[root.ref, { ...root, resolved: true }]]);
  const edges = new Map<string, GraphEdge>();
  const visited = new Set<string>([root.id]);
  let frontier = [root.id];
  let truncated = false;
  const select = { id: true, ref: true, kind: true, namespace: true, name: true, title: true } as const;

  for (let hop = 0; hop < hops && frontier.length && !truncated; hop++) {
    const [outgoing, incoming] = await Promise.all([
      db.entityRelation.findMany({ where: { sourceId: { in: frontier } }, select: { type: true, targetRef: true, source: { select: { ref: true } }, target: { select } }, take: MAX_NODES * 2 }),
      db.entityRelation.findMany({ where: { targetId: { in: frontier } }, select: { type: true, targetRef: true, source: { select } }, take: MAX_NODES * 2 }),
    ]);
    const next: string[] = [];
    const visit = (n: { id: string; ref: string; kind: string; namespace: string; name: string; title: string | null }) => {
      if (!nodes.has(n.ref)) {
        if (nodes.size >= MAX_NODES) return void (truncated = true);
        nodes.set(n.ref, { ref: n.ref, kind: n.kind, namespace: n.namespace, name: n.name, title: n.title, resolved: true });
      }
      if (!visited.has(n.id)) {
        visited.add(n.id);
        next.push(n.id);
      }
    };
    for (const r of outgoing) {
      if (r.target) visit(r.target);
      else if (!nodes.has(r.targetRef) && nodes.size < MAX_NODES) nodes.set(r.targetRef, { ref: r.targetRef, ...kindOf(r.targetRef), title: null, resolved: false });
      if (nodes.has(r.targetRef)) edges.set(`${r.source.ref} ${r.type} ${r.targetRef}`, { source: r.source.ref, target: r.targetRef, type: r.type });
    }
    for (const r of incoming) {
      visit(r.source);
      if (nodes.has(r.source.ref)) edges.set(`${r.source.ref} ${r.type} ${r.targetRef}`, { source: r.source.ref, target: r.targetRef, type: r.type });
    }
    frontier = next;
  }
  return { root: root.ref, nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

function kindOf(ref: string) {
  const { kind, namespace, name } = splitRef(ref);
  return { kind, namespace, name };
}
