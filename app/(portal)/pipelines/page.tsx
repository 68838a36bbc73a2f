import type { Metadata } from "next";
import Link from "next/link";
import { Workflow } from "lucide-react";
import { entityHref, refParts } from "@/components/catalog/entity-href";
import { formatDuration, runStatus } from "@/components/pipelines/format";
import { RepoStatsChart } from "@/components/pipelines/repo-stats-chart";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getOrgPipelines } from "@/lib/pipelines/get-org-pipelines";
import { listFlakyJobs } from "@/lib/pipelines/list-flaky-jobs";
import { orgPipelinesQuerySchema } from "@/lib/pipelines/schemas";

export const metadata: Metadata = { title: "Pipelines" };

type Props = { searchParams: Promise<{ days?: string; page?: string }> };

export default async function PipelinesPage({ searchParams }: Props) {
  const actor = await requireActor();
  const parsed = orgPipelinesQuerySchema.safeParse(await searchParams);
  const { days, page } = parsed.success ? parsed.data : { days: 30, page: 1 };
  const [org, flaky] = await Promise.all([getOrgPipelines(actor, { days: days as 7 | 30 | 90, page }), listFlakyJobs(actor, { days })]);
  const href = (d: number, p = 1) => `/pipelines?days=${d}${p > 1 ? `&page=${p}` : ""}`;
  return (
    <>
      <PageHeader
        title="Pipelines"
        description={`The default branch's latest run of every repository, failing first. ${org.totals.failing} failing, ${org.totals.running} running, ${org.totals.passing} passing.`}
        actions={
          <nav aria-label="Period" className="flex gap-1">
            {[7, 30, 90].map((d) => (
              <Link key={d} href={href(d)} aria-current={d === days ? "page" : undefined} className={cn("rounded-md border px-2.5 py-1 text-xs", d === days ? "border-primary bg-primary/10 font-medium" : "hover:bg-muted")}>
                {d} days
              </Link>
            ))}
          </nav>
        }
      />
      {!org.items.length ? (
        <EmptyState icon={Workflow} title="No workflow runs yet" description="Give entities a github.com/project-slug annotation and point the GitHub connection's webhook at Flightdeck; runs appear here as they happen." />
      ) : (
        <div className="grid gap-6">
          <Table aria-label="Repositories">
            <THead>
              <Tr>
                <Th>Status</Th>
                <Th>Repository</Th>
                <Th>Latest run</Th>
                <Th>When</Th>
                <Th>Success rate ({days} d)</Th>
                <Th>Median duration</Th>
              </Tr>
            </THead>
            <TBody>
              {org.items.map((r) => {
                const s = runStatus(r.status ?? "queued", r.conclusion);
                return (
                  <Tr key={r.repo}>
                    <Td><Status status={s.kind} label={s.label} /></Td>
                    <Td>
                      {r.entityRef ? <Link className="font-medium text-primary hover:underline" href={entityHref(refParts(r.entityRef), "cicd")}>{r.repo}</Link> : <span className="font-medium">{r.repo}</span>}
                    </Td>
                    <Td className="text-xs">{r.run ? <>{r.run.workflowName} #{r.run.runNumber} · <code>{r.run.headSha.slice(0, 7)}</code></> : "—"}</Td>
                    <Td className="text-xs">{r.at ? <RelativeTime date={r.at} /> : "—"}</Td>
                    <Td className="text-xs tabular-nums">{r.successRate === null ? "—" : `${Math.round(r.successRate * 100)}% of ${r.runs}`}</Td>
                    <Td className="text-xs tabular-nums">{formatDuration(r.medianDurationMs)}</Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
          <nav aria-label="Pages" className="flex gap-2 text-sm">
            {page > 1 && <Link className="text-primary hover:underline" href={href(days, page - 1)}>Previous</Link>}
            {org.hasMore && <Link className="text-primary hover:underline" href={href(days, page + 1)}>Next</Link>}
          </nav>
          <RepoStatsChart
            days={days}
            data={org.items.map((r) => ({ repo: r.repo.split("/")[1] ?? r.repo, successRate: r.successRate === null ? null : Math.round(r.successRate * 100), medianMinutes: r.medianDurationMs === null ? null : Math.round(r.medianDurationMs / 600) / 100 }))}
          />
          <Card>
            <CardHeader><CardTitle>Flaky jobs</CardTitle></CardHeader>
            <CardContent>
              {!flaky.length ? (
                <p className="text-sm text-muted-foreground">None in the last {days} days: no job failed and then passed when the same commit was re-run.</p>
              ) : (
                <Table aria-label="Flaky jobs">
                  <THead><Tr><Th>Job</Th><Th>Repository</Th><Th>Failed then passed</Th><Th>Last seen</Th><Th>Commit</Th></Tr></THead>
                  <TBody>
                    {flaky.map((f) => (
                      <Tr key={`${f.repo}/${f.name}`}>
                        <Td className="font-medium">{f.name}</Td>
                        <Td className="text-xs">{f.repo}</Td>
                        <Td className="text-xs tabular-nums">{f.occurrences}×</Td>
                        <Td className="text-xs"><RelativeTime date={f.lastSeen} /></Td>
                        <Td><code className="text-xs">{f.headSha.slice(0, 7)}</code></Td>
                      </Tr>
                    ))}
                  </TBody>
                </Table>
              )}
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
