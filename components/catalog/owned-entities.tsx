import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { EntityListItem } from "@/lib/catalog/query/list-entities";
import { entityHref } from "./entity-href";

/** A compact list of entities (a team's, mine) linking to their pages. */
export function OwnedEntities({ items, label }: { items: EntityListItem[]; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-2 text-sm">
      {items.map((e) => (
        <li key={e.id} className="flex items-baseline justify-between gap-3">
          <span className="min-w-0 truncate">
            <Link className="font-medium hover:underline" href={entityHref({ kind: String(e.kind), namespace: String(e.namespace), name: String(e.name) })}>
              {typeof e.title === "string" && e.title ? e.title : String(e.name)}
            </Link>
            {typeof e.type === "string" && <span className="ml-2 text-xs text-muted-foreground">{e.type}</span>}
          </span>
          <Badge className="shrink-0">{String(e.kind)}</Badge>
        </li>
      ))}
    </ul>
  );
}
