import { cn } from "@/components/ui/cn";
import type { EntityGraph } from "@/lib/catalog/query/get-entity-graph";
import { entityHref } from "./entity-href";
import { layoutGraph, NODE_H, NODE_W, type PlacedNode } from "./graph-layout";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function NodeBox({ node }: { node: PlacedNode }) {
  const label = node.title ?? node.name;
  const box = (
    <>
      <title>{node.resolved ? `${node.kind}:${node.namespace}/${node.name}` : `${node.kind}:${node.namespace}/${node.name} (unresolved: not in the catalog)`}</title>
      <rect
        width={NODE_W}
        height={NODE_H}
        rx={6}
        className={cn(node.isRoot ? "fill-primary/10 stroke-primary" : "fill-card stroke-border", "group-hover:stroke-primary group-focus-visible:stroke-primary")}
        strokeWidth={node.isRoot ? 2 : 1}
        strokeDasharray={node.resolved ? undefined : "5 4"}
      />
      <text x={10} y={16} className="fill-muted-foreground text-[10px] uppercase">
        {node.kind}
        {!node.resolved && " · unresolved"}
      </text>
      <text x={10} y={33} className={cn("fill-foreground text-xs", node.isRoot && "font-semibold")}>
        {clip(label, 25)}
      </text>
    </>
  );
  // Unresolved targets have no page to open: drawn dashed, not a link.
  if (!node.resolved || node.isRoot) return <g transform={`translate(${node.x},${node.y})`}>{box}</g>;
  return (
    <a href={entityHref(node, "relations")} aria-label={`${node.kind} ${label}`} className="group outline-none">
      <g transform={`translate(${node.x},${node.y})`}>{box}</g>
    </a>
  );
}

/** The relations around an entity as an SVG drawn on the server; every resolved node is a link. */
export function RelationsGraph({ graph, label }: { graph: EntityGraph; label: string }) {
  const layout = layoutGraph(graph);
  return (
    <div className="overflow-auto rounded-lg border bg-background">
      <svg role="group" aria-label={label} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} className="block min-w-full">
        <defs>
          <marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="fill-muted-foreground" />
          </marker>
        </defs>
        <g aria-hidden>
          {layout.edges.map((e) => (
            <g key={e.key}>
              <path d={e.path} fill="none" className="stroke-muted-foreground/70" strokeWidth={1.2} strokeDasharray={e.resolved ? undefined : "5 4"} markerEnd="url(#graph-arrow)" />
              <text x={e.labelX} y={e.labelY - 4} textAnchor="middle" className="fill-muted-foreground stroke-background text-[10px]" strokeWidth={3} paintOrder="stroke">
                {e.type}
              </text>
            </g>
          ))}
        </g>
        {layout.nodes.map((n) => (
          <NodeBox key={n.ref} node={n} />
        ))}
      </svg>
    </div>
  );
}
