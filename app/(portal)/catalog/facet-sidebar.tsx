import Link from "next/link";
import { Check } from "lucide-react";
import { shortRef } from "@/components/catalog/entity-href";
import { cn } from "@/components/ui/cn";
import type { EntityFacets, FacetValue } from "@/lib/catalog/query/get-entity-facets";
import { catalogHref, facetNames, type CatalogState, type Facet } from "./catalog-params";

const labels: Record<Facet, string> = { kind: "Kind", type: "Type", owner: "Owner", lifecycle: "Lifecycle", system: "System", tag: "Tag" };
const SHOWN = 8;

/** How a facet value is written in the URL: short refs and lowercase kinds read better when shared. */
export function urlValue(facet: Facet, value: string): string {
  if (facet === "owner") return shortRef(value, "group");
  if (facet === "system") return shortRef(value, "system");
  if (facet === "kind") return value.toLowerCase();
  return value;
}

function FacetLink({ state, facet, item }: { state: CatalogState; facet: Facet; item: FacetValue }) {
  const value = urlValue(facet, item.value);
  const selected = state.filters[facet]?.toLowerCase() === value.toLowerCase();
  return (
    <li>
      <Link
        // Dozens of these are on screen at once: prefetching each would be a burst of requests.
        prefetch={false}
        href={catalogHref(state, { filters: { [facet]: selected ? undefined : value } })}
        aria-current={selected ? "true" : undefined}
        className={cn("flex items-center gap-2 rounded-sm px-2 py-1 text-sm hover:bg-muted", selected && "bg-muted font-medium")}
      >
        <Check aria-hidden className={cn("size-3.5 shrink-0", !selected && "invisible")} />
        <span className="min-w-0 flex-1 truncate">{facet === "kind" ? item.value : value}</span>
        <span className="text-xs text-muted-foreground tabular-nums">{item.count}</span>
        {selected && <span className="sr-only">(selected, select to remove)</span>}
      </Link>
    </li>
  );
}

/** Counts per value for every filter; each value is a link that adds or removes it. */
export function FacetSidebar({ state, facets }: { state: CatalogState; facets: EntityFacets }) {
  return (
    <nav aria-label="Filters" className="grid content-start gap-4">
      {facetNames.map((facet) => {
        const values = facets[facet];
        if (values.length === 0) return null;
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h2 id={`facet-${facet}`} className="mb-1 px-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              {labels[facet]}
            </h2>
            <ul className="grid gap-px">
              {values.slice(0, SHOWN).map((item) => (
                <FacetLink key={item.value} state={state} facet={facet} item={item} />
              ))}
            </ul>
            {values.length > SHOWN && (
              <details className="mt-1">
                <summary className="cursor-pointer rounded-sm px-2 py-1 text-xs text-muted-foreground hover:text-foreground">
                  {values.length - SHOWN} more
                </summary>
                <ul className="grid gap-px">
                  {values.slice(SHOWN).map((item) => (
                    <FacetLink key={item.value} state={state} facet={facet} item={item} />
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
      <section aria-labelledby="facet-state">
        <h2 id="facet-state" className="mb-1 px-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
          Source
        </h2>
        <Link
          href={catalogHref(state, { orphan: !state.orphan })}
          aria-current={state.orphan ? "true" : undefined}
          className={cn("flex items-center gap-2 rounded-sm px-2 py-1 text-sm hover:bg-muted", state.orphan && "bg-muted font-medium")}
        >
          <Check aria-hidden className={cn("size-3.5 shrink-0", !state.orphan && "invisible")} />
          Only orphans
        </Link>
      </section>
    </nav>
  );
}
