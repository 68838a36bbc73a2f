import "server-only";
import type { Actor } from "../auth/actor";
import { normalizeRef } from "../catalog/refs";
import { db } from "../db/client";
import { parseInput } from "../errors";
import { listTasksQuerySchema, type ListTasksQuery } from "./schemas";
import { taskScope } from "./task-view";

/** Tasks, newest first: yours, or everyone's for admins and platform engineers; by template and status. */
export async function listTasks(actor: Actor, query: ListTasksQuery = {}) {
  const q = parseInput(listTasksQuerySchema, query, "query");
  const templateRef = q.templateRef ? normalizeRef(q.templateRef, { kind: "template" }) : null;
  const rows = await db.scaffolderTask.findMany({
    where: {
      ...taskScope(actor),
      ...(q.mine === "true" && { createdById: actor.userId ?? "-" }),
      ...(templateRef && { templateRef }),
      ...(q.status && { status: q.status }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit,
    select: { id: true, templateRef: true, templateTitle: true, status: true, error: true, createdByLabel: true, createdAt: true, finishedAt: true, values: true },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      templateRef: r.templateRef,
      templateTitle: r.templateTitle,
      status: r.status,
      error: r.error,
      createdBy: r.createdByLabel,
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      values: (r.values ?? {}) as Record<string, unknown>,
    })),
  };
}
