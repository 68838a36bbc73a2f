"use client";
// A run's jobs and steps with their durations, its logs, and the maintainer's actions (re-run
// all or failed jobs, cancel). The buttons are absent for anyone the API would refuse.
import { useQueryClient } from "@tanstack/react-query";
import { ExternalLink, RotateCcw, Square } from "lucide-react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Skeleton } from "@/components/ui/skeleton";
import { Status } from "@/components/ui/status";
import { apiJson, useRun } from "./api";
import { between, formatDuration, runStatus } from "./format";
import { JobLog } from "./job-log";

export function RunDetailView({ id }: { id: string }) {
  const run = useRun(id);
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [logJob, setLogJob] = useState<string | null>(null);

  if (run.isLoading) return <Skeleton className="h-48" />;
  if (run.error || !run.data) return <FormMessage tone="error">Could not load the run: {run.error?.message}</FormMessage>;
  const r = run.data;
  const s = runStatus(r.status, r.conclusion);
  const act = (path: string, body: unknown, done: string) =>
    startTransition(async () => {
      setMessage(null);
      try {
        await apiJson(path, { method: "POST", body });
        setMessage({ tone: "success", text: done });
        await queryClient.invalidateQueries({ queryKey: ["pipeline-run", id] });
        await queryClient.invalidateQueries({ queryKey: ["pipeline-runs"] });
      } catch (error) {
        setMessage({ tone: "error", text: error instanceof Error ? error.message : String(error) });
      }
    });
  const completed = r.status === "completed";
  const anyFailed = r.jobs.some((j) => j.conclusion === "failure" || j.conclusion === "cancelled" || j.conclusion === "timed_out");

  return (
    <Card aria-label={`Run ${r.workflowName} #${r.runNumber}`}>
      <CardHeader className="flex flex-row flex-wrap items-center gap-3">
        <CardTitle className="mr-auto flex items-center gap-2">
          {r.workflowName} #{r.runNumber} <Status status={s.kind} label={s.label} />
          <span className="text-xs font-normal text-muted-foreground">attempt {r.attempt} · {formatDuration(r.durationMs)}</span>
        </CardTitle>
        {r.canOperate && completed && (
          <>
            <Button size="sm" variant="secondary" disabled={pending} onClick={() => act(`/api/v1/pipelines/runs/${id}/rerun`, { failedOnly: false }, "Re-run requested: all jobs")}>
              <RotateCcw aria-hidden /> Re-run all jobs
            </Button>
            {anyFailed && (
              <Button size="sm" disabled={pending} onClick={() => act(`/api/v1/pipelines/runs/${id}/rerun`, { failedOnly: true }, "Re-run requested: failed jobs")}>
                <RotateCcw aria-hidden /> Re-run failed jobs
              </Button>
            )}
          </>
        )}
        {r.canOperate && !completed && (
          <Button size="sm" variant="danger" disabled={pending} onClick={() => act(`/api/v1/pipelines/runs/${id}/cancel`, {}, "Cancel requested")}>
            <Square aria-hidden /> Cancel run
          </Button>
        )}
        <Button asChild size="sm" variant="ghost">
          <a href={r.htmlUrl} target="_blank" rel="noreferrer"><ExternalLink aria-hidden /> GitHub</a>
        </Button>
      </CardHeader>
      <CardContent className="grid gap-3">
        {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
        {!r.jobs.length && <p className="text-sm text-muted-foreground">No jobs reported yet.</p>}
        <ul aria-label="Jobs" className="grid gap-2">
          {r.jobs.map((j) => {
            const js = runStatus(j.status, j.conclusion);
            return (
              <li key={j.id} className="rounded-md border p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Status status={js.kind} label={js.label} />
                  <span className="font-medium">{j.name}</span>
                  <span className="text-xs text-muted-foreground">{formatDuration(between(j.startedAt, j.completedAt))}</span>
                  <Button size="sm" variant="ghost" className="ml-auto" aria-expanded={logJob === j.id} onClick={() => setLogJob(logJob === j.id ? null : j.id)}>
                    {logJob === j.id ? "Hide log" : `Log of ${j.name}`}
                  </Button>
                </div>
                {j.steps.length > 0 && (
                  <ol aria-label={`Steps of ${j.name}`} className="mt-2 grid gap-1 pl-2 text-xs">
                    {j.steps.map((st) => {
                      const ss = runStatus(st.status, st.conclusion);
                      return (
                        <li key={st.number} className="flex items-center gap-2">
                          <Status status={ss.kind} label={ss.label} variant="inline" />
                          <span>{st.name}</span>
                          <span className="text-muted-foreground">{formatDuration(between(st.startedAt, st.completedAt))}</span>
                        </li>
                      );
                    })}
                  </ol>
                )}
                {logJob === j.id && <JobLog jobId={j.id} name={j.name} />}
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}
