"use client";
// The entity's CI/CD tab: recent workflow runs, polled every 2 s (webhooks keep the rows live),
// filters by workflow, branch and status, and the selected run's jobs, steps and logs.
import { GitBranch, Workflow } from "lucide-react";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { RelativeTime } from "@/components/ui/relative-time";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Status } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useRuns, type Filters, type RunList } from "./api";
import { DispatchDialog } from "./dispatch-dialog";
import { formatDuration, runStatus } from "./format";
import { RunDetailView } from "./run-detail";

const statuses = ["queued", "in_progress", "success", "failure", "cancelled"];

export function CicdTab({ entityRef, initial }: { entityRef: string; initial: RunList }) {
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<string | null>(null);
  const runs = useRuns(entityRef, filters, initial);
  const data = runs.data ?? initial;
  const repo = data.repository;

  if (repo.state !== "ok") {
    const title = repo.state === "no-access" ? `No access to ${repo.slug}` : repo.state === "not-connected" ? "GitHub is not connected" : "No repository for this entity";
    const description =
      repo.state === "no-repository"
        ? "Add a github.com/project-slug annotation (owner/repo) to the entity's descriptor to see its workflow runs here."
        : repo.state === "no-access"
          ? `The GitHub connection cannot see ${repo.slug}. Ask an admin to grant it access to the repository (or fix the annotation).`
          : (repo.message ?? "");
    return <EmptyState icon={Workflow} title={title} description={description} />;
  }

  const set = (key: keyof Filters) => (e: React.ChangeEvent<HTMLSelectElement>) => setFilters((f) => ({ ...f, [key]: e.target.value || undefined }));
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid w-48 gap-1">
          <Label htmlFor="filter-workflow">Workflow</Label>
          <Select id="filter-workflow" value={filters.workflow ?? ""} onChange={set("workflow")}>
            <option value="">All workflows</option>
            {data.workflows.map((w) => <option key={w}>{w}</option>)}
          </Select>
        </div>
        <div className="grid w-48 gap-1">
          <Label htmlFor="filter-branch">Branch</Label>
          <Select id="filter-branch" value={filters.branch ?? ""} onChange={set("branch")}>
            <option value="">All branches</option>
            {data.branches.map((b) => <option key={b}>{b}</option>)}
          </Select>
        </div>
        <div className="grid w-40 gap-1">
          <Label htmlFor="filter-status">Status</Label>
          <Select id="filter-status" value={filters.status ?? ""} onChange={set("status")}>
            <option value="">Any status</option>
            {statuses.map((s) => <option key={s} value={s}>{s.replace("_", " ")}</option>)}
          </Select>
        </div>
        <div className="ml-auto flex items-center gap-2 text-xs text-muted-foreground">
          <span aria-live="polite">{data.active ? "Live: a run is in progress" : "Up to date"}</span>
          {data.canOperate && <DispatchDialog entityRef={entityRef} />}
        </div>
      </div>
      {runs.error && <FormMessage tone="error">Could not refresh the runs: {runs.error.message}</FormMessage>}
      {runs.isLoading && !data.items.length ? (
        <Skeleton className="h-40" />
      ) : !data.items.length ? (
        <EmptyState icon={Workflow} title="No workflow runs yet" description={`Runs of ${repo.slug} appear here as soon as GitHub reports them (push a commit, or dispatch a workflow).`} />
      ) : (
        <Table aria-label="Workflow runs">
          <THead>
            <Tr>
              <Th>Status</Th>
              <Th>Run</Th>
              <Th>Branch</Th>
              <Th>Commit</Th>
              <Th>Actor</Th>
              <Th>Duration</Th>
              <Th>Started</Th>
            </Tr>
          </THead>
          <TBody>
            {data.items.map((r) => {
              const s = runStatus(r.status, r.conclusion);
              return (
                <Tr key={r.id} aria-selected={selected === r.id} className={selected === r.id ? "bg-muted/60" : undefined}>
                  <Td><Status status={s.kind} label={s.label} /></Td>
                  <Td>
                    <button type="button" className="rounded-sm font-medium text-primary hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none" onClick={() => setSelected(selected === r.id ? null : r.id)} aria-expanded={selected === r.id}>
                      {r.workflowName} #{r.runNumber}
                    </button>
                    {r.attempt > 1 && <span className="ml-1 text-xs text-muted-foreground">attempt {r.attempt}</span>}
                    {r.title && <div className="max-w-72 truncate text-xs text-muted-foreground">{r.title}</div>}
                  </Td>
                  <Td><span className="inline-flex items-center gap-1 text-xs"><GitBranch aria-hidden className="size-3" />{r.branch ?? "—"}</span></Td>
                  <Td><code className="text-xs">{r.headSha.slice(0, 7)}</code></Td>
                  <Td className="text-xs">{r.actor ?? "—"}</Td>
                  <Td className="text-xs">{formatDuration(r.durationMs)}</Td>
                  <Td className="text-xs"><RelativeTime date={r.runCreatedAt} /></Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      {selected && <RunDetailView id={selected} />}
    </div>
  );
}
