import Link from "next/link";
import { entityHref, ownerHref, refParts, shortRef } from "@/components/catalog/entity-href";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status } from "@/components/ui/status";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { EntityListItem } from "@/lib/catalog/query/list-entities";
import { catalogHref, columns, type CatalogState, type Column } from "./catalog-params";

const text = (v: unknown) => (typeof v === "string" && v ? v : null);
// Links inside a row sit above the RowLink overlay so they stay clickable.
const cellLink = "relative z-10 hover:underline";

function Cell({ column, item }: { column: Column; item: EntityListItem }) {
  switch (column) {
    case "owner": {
      const owner = text(item.ownerRef);
      return owner ? <Link className={cellLink} href={ownerHref(owner)}>{shortRef(owner, "group")}</Link> : <span className="text-muted-foreground">—</span>;
    }
    case "system": {
      const system = text(item.systemRef);
      return system ? <Link className={cellLink} href={entityHref(refParts(system))}>{shortRef(system, "system")}</Link> : <span className="text-muted-foreground">—</span>;
    }
    case "tags": {
      const tags = Array.isArray(item.tags) ? (item.tags as string[]) : [];
      return tags.length ? <span className="flex flex-wrap gap-1">{tags.slice(0, 4).map((t) => <Badge key={t} tone="outline">{t}</Badge>)}{tags.length > 4 && <span className="text-xs text-muted-foreground">+{tags.length - 4}</span>}</span> : <span className="text-muted-foreground">—</span>;
    }
    case "description":
      return <span className="line-clamp-2 max-w-md text-muted-foreground">{text(item.description) ?? "—"}</span>;
    case "updated":
      return item.updatedAt ? <RelativeTime date={item.updatedAt as Date} className="text-muted-foreground" /> : null;
    case "source":
      return item.managedBy === "location" ? (
        <span className="text-muted-foreground">repository{item.syncedAt ? <>, synced <RelativeTime date={item.syncedAt as Date} /></> : null}</span>
      ) : (
        <span className="text-muted-foreground">portal</span>
      );
    case "kind":
      return <Badge>{text(item.kind)}</Badge>;
    default:
      return <span>{text(item[column === "title" ? "title" : column]) ?? <span className="text-muted-foreground">—</span>}</span>;
  }
}

export function EntityTable({ state, items }: { state: CatalogState; items: EntityListItem[] }) {
  const nameDirection = state.sort === "name" ? "asc" : state.sort === "-name" ? "desc" : null;
  const updatedDirection = state.sort === "updatedAt" ? "asc" : state.sort === "-updatedAt" ? "desc" : null;
  return (
    <Table aria-label="Entities">
      <THead>
        <Tr>
          <Th sort={{ href: catalogHref(state, { sort: nameDirection === "asc" ? "-name" : "name" }), direction: nameDirection }}>Name</Th>
          {state.cols.map((c) =>
            c === "updated" ? (
              <Th key={c} sort={{ href: catalogHref(state, { sort: updatedDirection === "desc" ? "updatedAt" : "-updatedAt" }), direction: updatedDirection }}>
                {columns[c].label}
              </Th>
            ) : (
              <Th key={c}>{columns[c].label}</Th>
            ),
          )}
        </Tr>
      </THead>
      <TBody>
        {items.map((item) => (
          <Tr key={item.id}>
            <Td className="whitespace-nowrap">
              <RowLink href={entityHref({ kind: String(item.kind), namespace: String(item.namespace), name: String(item.name) })}>{String(item.name)}</RowLink>
              {item.namespace !== "default" && <span className="ml-1 text-xs text-muted-foreground">({String(item.namespace)})</span>}
              {item.orphanedAt ? <Status className="ml-2" status="warning" label="orphan" /> : null}
              {item.isDemo ? <Badge className="ml-2">demo</Badge> : null}
            </Td>
            {state.cols.map((c) => (
              <Td key={c} className={c === "description" || c === "tags" ? undefined : "whitespace-nowrap"}>
                <Cell column={c} item={item} />
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
