"use client";
// A task as it runs: step statuses and the log arrive over server-sent events; cancel and retry
// call the REST API. The stream resumes after the last line it saw (EventSource does that).
import { ExternalLink, RotateCcw, Square } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Status, statusOf } from "@/components/ui/status";
import type { TaskEventView, TaskView } from "@/lib/scaffolder/schemas";

const FINAL = new Set(["succeeded", "failed", "cancelled"]);

export function TaskLive({ initialTask, initialEvents }: { initialTask: TaskView; initialEvents: TaskEventView[] }) {
  const [task, setTask] = useState(initialTask);
  const [events, setEvents] = useState(initialEvents);
  const [error, setError] = useState<string | null>(null);
  const [streamKey, setStreamKey] = useState(0);
  const logRef = useRef<HTMLOListElement>(null);
  const startAfter = useRef(initialEvents.at(-1)?.id ?? 0);
  useEffect(() => {
    startAfter.current = events.at(-1)?.id ?? startAfter.current;
  }, [events]);

  useEffect(() => {
    if (FINAL.has(task.status) && streamKey === 0) return;
    const source = new EventSource(`/api/v1/scaffolder/tasks/${task.id}/events?after=${startAfter.current}`);
    source.addEventListener("log", (e) => {
      const event = JSON.parse((e as MessageEvent).data) as TaskEventView;
      setEvents((list) => (list.some((x) => x.id === event.id) ? list : [...list, event]));
    });
    source.addEventListener("task", (e) => setTask(JSON.parse((e as MessageEvent).data) as TaskView));
    source.addEventListener("end", () => source.close());
    return () => source.close();
    // Re-subscribe only when a retry starts a new run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [task.id, streamKey]);

  useEffect(() => {
    logRef.current?.lastElementChild?.scrollIntoView({ block: "nearest" });
  }, [events.length]);

  async function act(verb: "cancel" | "retry") {
    setError(null);
    const res = await fetch(`/api/v1/scaffolder/tasks/${task.id}/${verb}`, { method: "POST" });
    const body = await res.json();
    if (!res.ok) return setError(body.error?.message ?? `the server answered ${res.status}`);
    setTask(body as TaskView);
    if (verb === "retry") setStreamKey((k) => k + 1);
  }

  const running = task.status === "queued" || task.status === "running";
  return (
    <div className="grid gap-4 lg:grid-cols-[20rem_1fr]">
      <div className="grid content-start gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Status</CardTitle>
            <Status status={statusOf(task.status)} label={task.status.charAt(0).toUpperCase() + task.status.slice(1)} />
          </CardHeader>
          <CardContent className="grid gap-3">
            <ol aria-label="Steps" className="grid gap-2 text-sm">
              {task.steps.map((s) => (
                <li key={s.id} className="grid gap-0.5">
                  <div className="flex items-center justify-between gap-2">
                    <span>{s.name}</span>
                    <Status status={s.status === "pending" ? "queued" : statusOf(s.status)} label={s.status} />
                  </div>
                  {s.error && <p className="text-xs text-danger">{s.error}</p>}
                </li>
              ))}
            </ol>
            {task.error && <FormMessage tone="error">{task.error}</FormMessage>}
            {error && <FormMessage tone="error">{error}</FormMessage>}
            {task.canManage && (
              <div className="flex flex-wrap gap-2">
                {running && (
                  <ConfirmDialog
                    title="Cancel this task?"
                    description="The step that is running stops when it next checks; later steps do not run. Anything already published stays. You can retry afterwards."
                    confirmLabel="Cancel task"
                    cancelLabel="Keep running"
                    destructive
                    onConfirm={() => act("cancel")}
                    trigger={<Button variant="danger" disabled={task.cancelRequested}><Square aria-hidden /> {task.cancelRequested ? "Cancelling…" : "Cancel"}</Button>}
                  />
                )}
                {(task.status === "failed" || task.status === "cancelled") && (
                  <Button onClick={() => act("retry")}><RotateCcw aria-hidden /> Retry from the failed step</Button>
                )}
              </div>
            )}
          </CardContent>
        </Card>
        {task.output && (task.output.links.length > 0 || task.output.text.length > 0) && (
          <Card>
            <CardHeader><CardTitle>Result</CardTitle></CardHeader>
            <CardContent className="grid gap-2 text-sm">
              {task.output.links.map((l) =>
                l.url.startsWith("/") ? (
                  <Link key={l.url} href={l.url} className="underline">{l.title}</Link>
                ) : (
                  <a key={l.url} href={l.url} className="inline-flex items-center gap-1 underline" rel="noreferrer" target="_blank">{l.title} <ExternalLink aria-hidden className="size-3.5" /></a>
                ),
              )}
              {task.output.text.map((t) => (
                <div key={t.title}>
                  <p className="font-medium">{t.title}</p>
                  <pre className="overflow-auto rounded bg-muted p-2 text-xs">{t.content}</pre>
                </div>
              ))}
            </CardContent>
          </Card>
        )}
      </div>
      <Card className="min-w-0">
        <CardHeader><CardTitle>Log</CardTitle></CardHeader>
        <CardContent>
          <ol ref={logRef} aria-label="Task log" aria-live="polite" className="max-h-[36rem] overflow-auto rounded-md bg-muted p-3 font-mono text-xs">
            {events.map((e) => (
              <li key={e.id} className={e.level === "error" ? "text-danger" : e.level === "warn" ? "text-warning" : undefined}>
                <time dateTime={e.createdAt} className="text-muted-foreground">{e.createdAt.slice(11, 19)}</time>{e.stepId ? ` [${e.stepId}]` : ""} {e.message}
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
    </div>
  );
}
