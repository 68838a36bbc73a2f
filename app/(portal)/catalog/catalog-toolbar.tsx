// Search, sort and column choice as plain GET forms: they work before any script loads and the
// URL they produce is the view to share. Hidden inputs carry the rest of the state.
import Link from "next/link";
import { Columns3, X } from "lucide-react";
import { Button, buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { catalogHref, columns, facetNames, type CatalogState, type Column } from "./catalog-params";

function Hidden({ state, omit }: { state: CatalogState; omit: "q" | "cols" }) {
  return (
    <>
      {facetNames.map((f) => state.filters[f] && <input key={f} type="hidden" name={f} value={state.filters[f]} />)}
      {omit !== "q" && state.q && <input type="hidden" name="q" value={state.q} />}
      {state.orphan && <input type="hidden" name="orphan" value="true" />}
      {omit !== "cols" && state.colsParam !== undefined && <input type="hidden" name="cols" value={state.colsParam} />}
    </>
  );
}

export function CatalogToolbar({ state }: { state: CatalogState }) {
  return (
    <div className="mb-3 flex flex-wrap items-end gap-2">
      <form role="search" action="/catalog" className="flex w-full min-w-0 flex-wrap items-end gap-2 sm:w-auto sm:flex-1">
        <Hidden state={state} omit="q" />
        <div className="w-full sm:w-auto sm:min-w-48 sm:flex-1">
          <label htmlFor="catalog-q" className="sr-only">
            Search the catalog
          </label>
          <Input id="catalog-q" name="q" type="search" defaultValue={state.q} placeholder="Search name, title, description, tags" />
        </div>
        <div className="w-44">
          <label htmlFor="catalog-sort" className="sr-only">
            Sort by
          </label>
          <Select id="catalog-sort" name="sort" defaultValue={state.sort}>
            <option value="name">Name, A to Z</option>
            <option value="-name">Name, Z to A</option>
            <option value="-updatedAt">Recently updated</option>
            <option value="updatedAt">Least recently updated</option>
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <details className="relative">
        <summary className={buttonClass("secondary", "md", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
          <Columns3 aria-hidden />
          Columns
        </summary>
        <form action="/catalog" className="absolute right-0 z-20 mt-1 grid w-56 gap-1 rounded-md border bg-card p-3 shadow-lg">
          <Hidden state={state} omit="cols" />
          {state.sort !== "name" && <input type="hidden" name="sort" value={state.sort} />}
          <fieldset className="grid gap-1">
            <legend className="mb-1 text-xs font-semibold text-muted-foreground">Columns to show</legend>
            {(Object.keys(columns) as Column[]).map((c) => (
              <label key={c} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="cols" value={c} defaultChecked={state.cols.includes(c)} className="size-4 accent-primary" />
                {columns[c].label}
              </label>
            ))}
          </fieldset>
          <Button type="submit" size="sm" className="mt-2">
            Apply
          </Button>
        </form>
      </details>
    </div>
  );
}

/** The filters in force, each removable, so a shared link says what it shows. */
export function ActiveFilters({ state }: { state: CatalogState }) {
  const chips = [
    ...facetNames.filter((f) => state.filters[f]).map((f) => ({ label: `${f}: ${state.filters[f]}`, href: catalogHref(state, { filters: { [f]: undefined } }) })),
    ...(state.q ? [{ label: `search: “${state.q}”`, href: catalogHref(state, { q: undefined }) }] : []),
    ...(state.orphan ? [{ label: "only orphans", href: catalogHref(state, { orphan: false }) }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="mb-3 flex flex-wrap items-center gap-2 text-xs">
      {chips.map((chip) => (
        <li key={chip.label}>
          <Link href={chip.href} className="inline-flex items-center gap-1 rounded-full border bg-muted px-2 py-1 hover:bg-card" aria-label={`Remove filter ${chip.label}`}>
            {chip.label}
            <X aria-hidden className="size-3" />
          </Link>
        </li>
      ))}
      <li>
        <Link href={catalogHref({ ...state, filters: {}, q: undefined, orphan: false })} className="text-muted-foreground underline hover:text-foreground">
          Clear all
        </Link>
      </li>
    </ul>
  );
}
