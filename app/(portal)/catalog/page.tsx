import type { Metadata } from "next";
import Link from "next/link";
import { Boxes, ChevronLeft, ChevronRight, FileUp, Plus } from "lucide-react";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getEntityFacets } from "@/lib/catalog/query/get-entity-facets";
import { listEntities } from "@/lib/catalog/query/list-entities";
import { AppError } from "@/lib/errors";
import { catalogHref, fieldsFor, isFiltered, parseCatalogParams, type CatalogState, type RawParams } from "./catalog-params";
import { ActiveFilters, CatalogToolbar } from "./catalog-toolbar";
import { EntityTable } from "./entity-table";
import { FacetSidebar } from "./facet-sidebar";

export const metadata: Metadata = { title: "Catalog" };

const PAGE_SIZE = 50;
/** Values per facet in the sidebar: the most used; the rest are a filter away (or in the facets API). */
const FACET_VALUES = 25;

async function loadPage(actor: Awaited<ReturnType<typeof requireActor>>, state: CatalogState) {
  const filters = { ...state.filters, q: state.q, ...(state.orphan && { orphan: true }) };
  const list = (cursor: string | undefined) => listEntities(actor, { ...filters, sort: state.sort, fields: fieldsFor(state.cols), limit: PAGE_SIZE, cursor });
  const [page, facets] = await Promise.all([
    // A stale or hand-edited cursor shows the first page rather than an error page.
    list(state.cursor).catch((error) => (error instanceof AppError && error.code === "validation" ? list(undefined) : Promise.reject(error))),
    getEntityFacets(actor, filters, FACET_VALUES),
  ]);
  return { page, facets };
}

export default async function CatalogPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requireActor();
  const state = parseCatalogParams(await searchParams);
  const { page, facets } = await loadPage(actor, state);
  // The kind facet ignores the kind filter, so its counts add up to the total under the others.
  const total = state.filters.kind
    ? (facets.kind.find((k) => k.value.toLowerCase() === state.filters.kind!.toLowerCase())?.count ?? 0)
    : facets.kind.reduce((sum, k) => sum + k.count, 0);
  const canWrite = can(actor, "write");
  const filtered = isFiltered(state);
  return (
    <>
      <PageHeader
        title="Catalog"
        description="Services, APIs, resources and systems, with who owns them."
        actions={
          canWrite && (
            <>
              <Button asChild variant="secondary">
                <Link href="/catalog/import">
                  <FileUp aria-hidden /> Import YAML
                </Link>
              </Button>
              <Button asChild>
                <Link href="/catalog/new">
                  <Plus aria-hidden /> New entity
                </Link>
              </Button>
            </>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <div className="order-last lg:order-first">
          <FacetSidebar state={state} facets={facets} />
        </div>
        <div className="min-w-0">
          <CatalogToolbar state={state} />
          <ActiveFilters state={state} />
          <p className="mb-2 text-xs text-muted-foreground" aria-live="polite">
            {total} {total === 1 ? "entity" : "entities"}
            {state.cursor ? " (a later page)" : ""}
          </p>
          {page.items.length === 0 ? (
            filtered ? (
              <EmptyState icon={Boxes} title="Nothing matches these filters" description={<Link className="underline" href={catalogHref({ ...state, filters: {}, q: undefined, orphan: false })}>Clear the filters</Link>} />
            ) : (
              <EmptyState
                icon={Boxes}
                title="The catalog is empty"
                description={
                  <>
                    Import Backstage <code>catalog-info.yaml</code> files, create an entity here, or connect GitHub in{" "}
                    {can(actor, "integrations.manage") ? <Link className="underline" href="/settings/integrations">Settings → Integrations</Link> : "Settings → Integrations (an admin does this)"} so Flightdeck reads them from your repositories.
                  </>
                }
                action={canWrite && <Button asChild><Link href="/catalog/import">Import YAML</Link></Button>}
              />
            )
          ) : (
            <EntityTable state={state} items={page.items} />
          )}
          {(state.cursor || page.nextCursor) && (
            <nav aria-label="Pagination" className="mt-3 flex items-center justify-end gap-2">
              {state.cursor && <Link href={catalogHref(state)} className={buttonClass("secondary", "sm")}>First page</Link>}
              {page.prevCursor && (
                <Link href={catalogHref(state, { cursor: page.prevCursor })} className={buttonClass("secondary", "sm")}>
                  <ChevronLeft aria-hidden /> Previous page
                </Link>
              )}
              {page.nextCursor && (
                <Link href={catalogHref(state, { cursor: page.nextCursor })} className={buttonClass("secondary", "sm")}>
                  Next page <ChevronRight aria-hidden />
                </Link>
              )}
            </nav>
          )}
          <p className="mt-4 text-xs text-muted-foreground">
            Automate with <Link className="underline" href="/api/v1/openapi.json">GET /api/v1/entities</Link> and <code>POST /api/v1/catalog/import</code>.
          </p>
        </div>
      </div>
    </>
  );
}
