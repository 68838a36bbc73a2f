import type { Metadata } from "next";
import Link from "next/link";
import { Rocket, TriangleAlert } from "lucide-react";
import { entityHref, refParts } from "@/components/catalog/entity-href";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/session";
import { getDeploymentMatrix } from "@/lib/deployments/get-deployment-matrix";

export const metadata: Metadata = { title: "Deployments" };

type Props = { searchParams: Promise<{ page?: string; q?: string }> };

export default async function DeploymentsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.page) || 1);
  const q = sp.q?.trim().slice(0, 100) || undefined;
  const matrix = await getDeploymentMatrix(actor, { page, ...(q && { q }) });
  const href = (p: number) => `/deployments?${new URLSearchParams({ ...(q && { q }), ...(p > 1 && { page: String(p) }) })}`;
  return (
    <>
      <PageHeader title="Deployments" description="What is deployed where: the latest successful version per environment. Staging running a different version from production is flagged as drift." />
      <form className="mb-4 flex max-w-md gap-2" role="search">
        <Input name="q" type="search" aria-label="Filter entities" placeholder="Filter by entity name" defaultValue={q ?? ""} />
        <Button type="submit" variant="secondary">Filter</Button>
      </form>
      {!matrix.rows.length ? (
        <EmptyState icon={Rocket} title={q ? "No entity matches" : "No deployments reported yet"} description={<>Report deployments with <code>POST /api/v1/deployments</code> (a write token) from any CI/CD tool, or connect GitHub deployments by webhook.</>} />
      ) : (
        <>
          <Table aria-label="Deployment matrix">
            <THead>
              <Tr>
                <Th>Entity</Th>
                {matrix.environments.map((e) => <Th key={e}>{e}</Th>)}
                <Th>Drift</Th>
              </Tr>
            </THead>
            <TBody>
              {matrix.rows.map((row) => (
                <Tr key={row.entityRef} className={row.drift ? "bg-warning/10" : undefined}>
                  <Td><Link className="font-medium text-primary hover:underline" href={entityHref(refParts(row.entityRef), "deployments")}>{refParts(row.entityRef).name}</Link></Td>
                  {matrix.environments.map((e) => {
                    const cell = row.cells[e];
                    return (
                      <Td key={e} className="text-xs">
                        {cell ? <><span className="font-medium">{cell.version ?? "—"}</span> <span className="text-muted-foreground">(<RelativeTime date={cell.at} />)</span></> : <span className="text-muted-foreground">—</span>}
                      </Td>
                    );
                  })}
                  <Td className="text-xs">{row.drift ? <span className="inline-flex items-center gap-1 font-medium text-warning"><TriangleAlert aria-hidden className="size-3.5" /> staging ≠ production</span> : "—"}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <nav aria-label="Pages" className="mt-3 flex gap-2 text-sm">
            {page > 1 && <Link className="text-primary hover:underline" href={href(page - 1)}>Previous</Link>}
            {matrix.hasMore && <Link className="text-primary hover:underline" href={href(page + 1)}>Next</Link>}
          </nav>
        </>
      )}
    </>
  );
}
