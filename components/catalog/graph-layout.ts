// A layered layout for the relations graph, computed on the server so the page ships no graph
// library: the root in the middle column, what it points at (ownedBy, dependsOn, partOf…) to
// the right, what points at it to the left, one column further out per hop.
import type { EntityGraph, GraphNode } from "@/lib/catalog/query/get-entity-graph";

export const NODE_W = 184;
export const NODE_H = 44;
const COL_GAP = 120;
const ROW_GAP = 14;
const PAD = 16;

export type PlacedNode = GraphNode & { x: number; y: number; column: number; isRoot: boolean };
export type PlacedEdge = { key: string; type: string; path: string; labelX: number; labelY: number; resolved: boolean };
export type GraphLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] };

export function layoutGraph(graph: EntityGraph): GraphLayout {
  // Breadth-first from the root: a node's side is decided by the first hop that reached it.
  const column = new Map<string, number>([[graph.root, 0]]);
  let frontier = [graph.root];
  while (frontier.length) {
    const next: string[] = [];
    for (const ref of frontier) {
      const c = column.get(ref)!;
      for (const e of graph.edges) {
        const [other, step] = e.source === ref ? [e.target, 1] : e.target === ref ? [e.source, -1] : [null, 0];
        if (!other || column.has(other)) continue;
        column.set(other, c === 0 ? step : c + Math.sign(c));
        next.push(other);
      }
    }
    frontier = next;
  }
  const byColumn = new Map<number, GraphNode[]>();
  for (const node of graph.nodes) {
    const c = column.get(node.ref) ?? 0;
    byColumn.set(c, [...(byColumn.get(c) ?? []), node]);
  }
  const cols = [...byColumn.keys()];
  const minCol = Math.min(0, ...cols);
  const maxCol = Math.max(0, ...cols);
  const tallest = Math.max(...[...byColumn.values()].map((n) => n.length));
  const height = PAD * 2 + tallest * NODE_H + (tallest - 1) * ROW_GAP;
  const width = PAD * 2 + (maxCol - minCol + 1) * NODE_W + (maxCol - minCol) * COL_GAP;

  const placed = new Map<string, PlacedNode>();
  for (const [c, list] of byColumn) {
    list.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
    const top = (height - (list.length * NODE_H + (list.length - 1) * ROW_GAP)) / 2;
    list.forEach((node, i) => {
      placed.set(node.ref, { ...node, column: c, isRoot: node.ref === graph.root, x: PAD + (c - minCol) * (NODE_W + COL_GAP), y: top + i * (NODE_H + ROW_GAP) });
    });
  }

  const edges: PlacedEdge[] = [];
  for (const e of graph.edges) {
    const a = placed.get(e.source);
    const b = placed.get(e.target);
    if (!a || !b) continue;
    const ay = a.y + NODE_H / 2;
    const by = b.y + NODE_H / 2;
    let path: string;
    if (a.column === b.column) {
      // Same column: a loop out to the right so the curve does not cross the nodes.
      const x = a.x + NODE_W;
      path = `M${x},${ay} C${x + 60},${ay} ${x + 60},${by} ${x},${by}`;
    } else {
      const forward = a.column < b.column;
      const x1 = forward ? a.x + NODE_W : a.x;
      const x2 = forward ? b.x : b.x + NODE_W;
      const mid = (x1 + x2) / 2;
      path = `M${x1},${ay} C${mid},${ay} ${mid},${by} ${x2},${by}`;
    }
    // Label on the straight run beside the outer node: near the root, many edges meet and
    // their labels would pile up.
    let labelX = a.x + NODE_W + 48;
    let labelY = (ay + by) / 2;
    if (a.column !== b.column) {
      const outer = Math.abs(a.column) >= Math.abs(b.column) ? a : b;
      const outerOnRight = outer.column > (outer === a ? b.column : a.column);
      labelX = outerOnRight ? outer.x - 44 : outer.x + NODE_W + 44;
      labelY = outer.y + NODE_H / 2;
    }
    edges.push({ key: `${e.source} ${e.type} ${e.target}`, type: e.type, path, labelX, labelY, resolved: b.resolved });
  }
  return { width, height, nodes: [...placed.values()], edges };
}
