import "server-only";
// Ask a task to stop: a queued one is cancelled at once (with its job); a running one stops
// at the next step boundary or when its current step notices. The runner writes the outcome.
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getTask } from "./get-task";

export async function cancelTask(actor: Actor, id: string) {
  assertCan(actor, "write");
  const task = await getTask(actor, id);
  if (!task.canManage) throw AppError.forbidden("only the person who started this task (or an admin) can cancel it");
  if (task.status !== "queued" && task.status !== "running") throw new AppError("conflict", `the task is already ${task.status}`);
  await db.$transaction(async (tx) => {
    await tx.scaffolderTask.update({ where: { id }, data: { cancelRequested: true } });
    const row = await tx.scaffolderTask.findUniqueOrThrow({ where: { id }, select: { jobId: true } });
    // Not started yet: cancel the job too, so no worker picks it up (a claim meanwhile is fine:
    // the runner sees cancelRequested first).
    if (task.status === "queued" && row.jobId) {
      const { count } = await tx.job.updateMany({ where: { id: row.jobId, status: "queued" }, data: { status: "cancelled", finishedAt: new Date() } });
      if (count) {
        await tx.scaffolderTask.update({ where: { id }, data: { status: "cancelled", error: "cancelled by a person", finishedAt: new Date() } });
        await tx.scaffolderTaskStep.updateMany({ where: { taskId: id, status: "pending" }, data: { status: "cancelled" } });
      }
    }
    await tx.scaffolderTaskEvent.create({ data: { taskId: id, level: "warn", message: `Cancel requested by ${actor.email}` } });
    await recordAudit(tx, actor, { action: "scaffolder.task.cancel", targetType: "scaffolder-task", targetId: id, targetLabel: task.templateRef, before: { status: task.status } });
  });
  return getTask(actor, id);
}
