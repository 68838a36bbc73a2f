import type { Metadata } from "next";
import Link from "next/link";
import { ListChecks } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { Select } from "@/components/ui/select";
import { Status, statusOf } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/session";
import { listJobs } from "@/lib/jobs/list-jobs";
import { listSchedules } from "@/lib/jobs/list-schedules";
import { jobStatusSchema, listJobsQuerySchema } from "@/lib/jobs/schemas";
import { cancelJobAction, retryJobAction } from "./actions";
import { AutoRefresh } from "./auto-refresh";
import { SchedulesCard } from "./schedules-card";

export const metadata: Metadata = { title: "Jobs" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function JobsPage({ searchParams }: Props) {
  const actor = await requirePermission("jobs.read");
  const params = await searchParams;
  const raw = Object.fromEntries(Object.entries(params).filter(([k, v]) => v && ["status", "type", "cursor"].includes(k)));
  const [page, schedules] = await Promise.all([listJobs(actor, listJobsQuerySchema.safeParse(raw).success ? raw : {}), listSchedules(actor)]);
  const canManage = can(actor, "jobs.manage");
  const filtered = Boolean(params.status || params.type);
  return (
    <>
      <PageHeader title="Jobs" description="Background work: syncs, schedules, clean-ups. Failed jobs can be retried." breadcrumbs={[{ label: "Settings" }]} actions={<AutoRefresh />} />
      <SchedulesCard schedules={schedules} canManage={canManage} />
      <h2 className="mb-3 text-base font-semibold">History</h2>
      <form className="mb-4 grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end" action="/settings/jobs" aria-label="Filter jobs">
        <Field id="jobs-status" label="Status">
          <Select name="status" defaultValue={params.status ?? ""}>
            <option value="">any</option>
            {jobStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="jobs-type" label="Type">
          <Input name="type" defaultValue={params.type} placeholder="system.cleanup" />
        </Field>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {page.items.length === 0 ? (
        <EmptyState
          icon={ListChecks}
          title={filtered ? "No jobs match these filters" : "No jobs yet"}
          description={filtered ? <Link className="underline" href="/settings/jobs">Clear the filters</Link> : "Jobs appear here when syncs and schedules run."}
        />
      ) : (
        <Table aria-label="Jobs">
          <THead>
            <Tr>
              <Th>Type</Th>
              <Th>Status</Th>
              <Th>Attempts</Th>
              <Th>Created</Th>
              <Th>Next run / finished</Th>
              <Th>Details</Th>
              {canManage && <Th className="text-right">Actions</Th>}
            </Tr>
          </THead>
          <TBody>
            {page.items.map((job) => (
              <Tr key={job.id}>
                <Td>
                  <code className="text-xs">{job.type}</code>
                </Td>
                <Td>
                  <Status status={statusOf(job.status)} label={job.status} />
                </Td>
                <Td className="tabular-nums">
                  {job.attempts} / {job.maxAttempts}
                </Td>
                <Td className="text-muted-foreground">
                  <RelativeTime date={job.createdAt} />
                </Td>
                <Td className="text-muted-foreground">
                  {job.finishedAt ? <RelativeTime date={job.finishedAt} /> : job.status === "queued" ? <RelativeTime date={job.runAt} /> : "—"}
                </Td>
                <Td className="max-w-sm">
                  {job.lastError ? (
                    <details>
                      <summary className="cursor-pointer text-xs text-danger">last error</summary>
                      <pre className="mt-1 overflow-x-auto text-xs whitespace-pre-wrap">{job.lastError}</pre>
                    </details>
                  ) : (
                    <span className="text-xs text-muted-foreground">{job.lockedBy ? `on ${job.lockedBy}` : "—"}</span>
                  )}
                </Td>
                {canManage && (
                  <Td className="text-right">
                    {(job.status === "failed" || job.status === "cancelled") && (
                      <ConfirmDialog
                        trigger={<Button variant="secondary" size="sm" aria-label={`Retry job ${job.id}`}>Retry</Button>}
                        title={`Retry ${job.type}?`}
                        description="The job is queued again with its attempts reset; the next free worker runs it."
                        confirmLabel="Retry job"
                        onConfirm={retryJobAction.bind(null, job.id)}
                      />
                    )}
                    {job.status === "queued" && (
                      <ConfirmDialog
                        trigger={<Button variant="ghost" size="sm" aria-label={`Cancel job ${job.id}`}>Cancel</Button>}
                        title={`Cancel ${job.type}?`}
                        description="No worker will run it. You can retry it later."
                        confirmLabel="Cancel job"
                        destructive
                        onConfirm={cancelJobAction.bind(null, job.id)}
                      />
                    )}
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination searchParams={params} olderCursor={page.nextCursor} olderParam="cursor" newerParam="from_cursor" pathname="/settings/jobs" />
    </>
  );
}
