import "server-only";
// Retry a failed or cancelled task from its first unfinished step: steps that succeeded keep
// their outputs (later expressions still read them), the workspace on disk is reused, and the
// failed step keeps its checkpoints so a half-done publish continues instead of starting over.
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { enqueueJob } from "../jobs/enqueue-job";
import { getTask } from "./get-task";

export async function retryTask(actor: Actor, id: string) {
  assertCan(actor, "write");
  const task = await getTask(actor, id);
  if (!task.canManage) throw AppError.forbidden("only the person who started this task (or an admin) can retry it");
  if (task.status !== "failed" && task.status !== "cancelled") throw new AppError("conflict", `only failed or cancelled tasks can be retried; this one is ${task.status}`);
  const from = task.steps.find((s) => s.status !== "succeeded" && s.status !== "skipped");
  await db.$transaction(async (tx) => {
    const { count } = await tx.scaffolderTask.updateMany({
      where: { id, status: task.status },
      data: { status: "queued", error: null, cancelRequested: false, finishedAt: null },
    });
    if (!count) throw new AppError("conflict", "the task changed meanwhile; reload and try again");
    await tx.scaffolderTaskStep.updateMany({ where: { taskId: id, status: { in: ["failed", "cancelled", "running"] } }, data: { status: "pending", error: null, startedAt: null, finishedAt: null } });
    const job = await enqueueJob(tx, "scaffolder.run-task", { taskId: id });
    await tx.scaffolderTask.update({ where: { id }, data: { jobId: job.id } });
    await tx.scaffolderTaskEvent.create({ data: { taskId: id, message: `Retry by ${actor.email}${from ? ` from step '${from.id}'` : ""}` } });
    await recordAudit(tx, actor, { action: "scaffolder.task.retry", targetType: "scaffolder-task", targetId: id, targetLabel: task.templateRef, before: { status: task.status, error: task.error }, after: { status: "queued", fromStep: from?.id ?? null } });
  });
  return getTask(actor, id);
}
