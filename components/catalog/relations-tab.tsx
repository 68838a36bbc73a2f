import Link from "next/link";
import { Network } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Status } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { EntityDetail } from "@/lib/catalog/query/get-entity";
import type { EntityGraph } from "@/lib/catalog/query/get-entity-graph";
import { entityHref } from "./entity-href";
import { RelationsGraph } from "./relations-graph";

export function RelationsTab({ entity, graph, depth }: { entity: EntityDetail; graph: EntityGraph; depth: number }) {
  const self = { kind: entity.kind, namespace: entity.metadata.namespace, name: entity.metadata.name };
  const base = entityHref(self, "relations");
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Relations graph</CardTitle>
            <CardDescription>What points at it on the left, what it points at on the right. Dashed: not in the catalog yet.</CardDescription>
          </div>
          <nav aria-label="Graph depth" className="flex items-center gap-1 text-xs">
            <span className="mr-1 text-muted-foreground">Depth</span>
            {[1, 2, 3].map((d) => (
              <Link key={d} href={d === 1 ? base : `${base}&depth=${d}`} aria-current={d === depth ? "true" : undefined} className={cn(buttonClass(d === depth ? "primary" : "secondary", "sm"), "w-8")}>
                {d}
              </Link>
            ))}
          </nav>
        </CardHeader>
        <CardContent>
          {graph.edges.length === 0 ? (
            <EmptyState icon={Network} title="No relations" description="Relations come from spec fields: owner, system, dependsOn, providesApis, consumesApis." />
          ) : (
            <RelationsGraph graph={graph} label={`Relations of ${entity.metadata.name}, ${depth} ${depth === 1 ? "hop" : "hops"}`} />
          )}
          {graph.truncated && <p className="mt-2 text-xs text-muted-foreground">Only the first {graph.nodes.length} entities are drawn; pick a smaller depth.</p>}
        </CardContent>
      </Card>
      {entity.relations.length > 0 && (
        <Table aria-label="Relations">
          <THead>
            <Tr>
              <Th>Relation</Th>
              <Th>Entity</Th>
              <Th>State</Th>
            </Tr>
          </THead>
          <TBody>
            {entity.relations.map((r) => (
              <Tr key={`${r.type} ${r.targetRef}`}>
                <Td><code className="text-xs">{r.type}</code></Td>
                <Td>
                  {r.resolved ? (
                    <Link className="font-medium hover:underline" href={entityHref(r.target)}>{r.targetRef}</Link>
                  ) : (
                    <span>{r.targetRef}</span>
                  )}
                </Td>
                <Td>{r.resolved ? <Status status="success" label="in the catalog" /> : <Status status="unknown" label="unresolved" />}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
