import "server-only";
// Task rows as the API and the pages show them, and who may see or change a task.
import { can, type Actor } from "../auth/actor";
import type { TaskEventView, TaskView } from "./schemas";

/** Admins and platform engineers see and manage everyone's tasks; others their own. */
export function taskScope(actor: Actor): { createdById?: string } {
  if (can({ ...actor, scope: "write" }, "teams.manage")) return {};
  return { createdById: actor.userId ?? "-" };
}

export const taskSelect = {
  id: true, templateRef: true, templateTitle: true, status: true, error: true, createdByLabel: true, createdById: true, createdAt: true, startedAt: true, finishedAt: true,
  values: true, output: true, cancelRequested: true,
  steps: { orderBy: { position: "asc" as const }, select: { stepId: true, name: true, action: true, status: true, error: true, output: true, startedAt: true, finishedAt: true } },
} as const;

type Row = {
  id: string; templateRef: string; templateTitle: string; status: string; error: string | null; createdByLabel: string; createdById: string | null;
  createdAt: Date; startedAt: Date | null; finishedAt: Date | null; values: unknown; output: unknown; cancelRequested: boolean;
  steps: { stepId: string; name: string; action: string; status: string; error: string | null; output: unknown; startedAt: Date | null; finishedAt: Date | null }[];
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTaskView(row: Row, actor: Actor): TaskView {
  const canManage = can(actor, "write") && (row.createdById === actor.userId || can(actor, "teams.manage"));
  return {
    id: row.id,
    templateRef: row.templateRef,
    templateTitle: row.templateTitle,
    status: row.status as TaskView["status"],
    error: row.error,
    createdBy: row.createdByLabel,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    values: (row.values ?? {}) as Record<string, unknown>,
    output: (row.output ?? null) as TaskView["output"],
    cancelRequested: row.cancelRequested,
    canManage,
    steps: row.steps.map((s) => ({ id: s.stepId, name: s.name, action: s.action, status: s.status as TaskView["steps"][number]["status"], error: s.error, output: s.output ?? null, startedAt: iso(s.startedAt), finishedAt: iso(s.finishedAt) })),
  };
}

export function toEventView(e: { id: number; stepId: string | null; level: string; message: string; createdAt: Date }): TaskEventView {
  return { id: e.id, stepId: e.stepId, level: e.level, message: e.message, createdAt: e.createdAt.toISOString() };
}
