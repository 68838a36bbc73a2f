import "server-only";
// Run a stored task (the scaffolder.run-task job): steps that already succeeded are kept (a
// retry starts at the failed one), each step's status, output, checkpoints and log lines are
// written as they happen, and a cancel is noticed between steps and while one runs. If the
// previous worker died inside a step (the queue reclaimed the job), that step is marked failed
// with the reason rather than run twice; a task interrupted between steps resumes.
import fs from "node:fs/promises";
import type { Actor, Role } from "../auth/actor";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { log as appLog } from "../log";
import { executeSteps, type Level } from "./execute-steps";
import { getTemplate } from "./get-template";
import { noSource } from "./template-source";
import { templateSpecSchema } from "./template-spec";
import { taskWorkspace } from "./workspace";

const FINAL = new Set(["succeeded", "failed", "cancelled"]);
const json = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

export async function runTask(db: Db, taskId: string, signal?: AbortSignal) {
  const task = await db.scaffolderTask.findUnique({ where: { id: taskId }, include: { steps: { orderBy: { position: "asc" } } } });
  if (!task || FINAL.has(task.status)) return { skipped: task ? `task is ${task.status}` : "task not found" };
  const write = (stepId: string | null, message: string, level: Level = "info") => db.scaffolderTaskEvent.create({ data: { taskId, stepId, level, message: message.slice(0, 10_000) } }).then(() => undefined);
  const finish = async (status: string, error: string | null, output?: unknown) => {
    await db.scaffolderTask.update({ where: { id: taskId }, data: { status, error, finishedAt: new Date(), ...(output !== undefined && { output: json(output) }) } });
    await write(null, status === "succeeded" ? "Task succeeded." : status === "cancelled" ? "Task cancelled." : `Task failed: ${error}`, status === "failed" ? "error" : "info");
    if (status !== "failed") await fs.rm(taskWorkspace(taskId), { recursive: true, force: true }).catch(() => undefined);
  };

  if (task.cancelRequested) {
    await db.scaffolderTaskStep.updateMany({ where: { taskId, status: { in: ["pending", "running"] } }, data: { status: "cancelled" } });
    await finish("cancelled", "cancelled by a person");
    return { status: "cancelled" };
  }
  const interrupted = task.steps.find((s) => s.status === "running");
  if (interrupted) {
    const reason = `interrupted: the server stopped while step '${interrupted.stepId}' ran; retry the task to run it again`;
    await db.scaffolderTaskStep.update({ where: { id: interrupted.id }, data: { status: "failed", error: reason, finishedAt: new Date() } });
    await write(interrupted.stepId, reason, "error");
    await finish("failed", reason);
    return { status: "failed" };
  }

  await db.scaffolderTask.update({ where: { id: taskId }, data: { status: "running", startedAt: task.startedAt ?? new Date() } });
  const user = task.createdById ? await db.user.findUnique({ where: { id: task.createdById }, select: { id: true, email: true, name: true, role: true } }) : null;
  const actor: Actor = user
    ? { userId: user.id, email: user.email, name: user.name, role: user.role as Role, via: "system", scope: "write" }
    : { userId: null, email: task.createdByLabel, name: task.createdByLabel, role: "admin", via: "system", scope: "write" };

  const spec = templateSpecSchema.parse(task.spec);
  const source = await getTemplate(task.templateRef).then((t) => t.source).catch(() => noSource);
  const done = new Set(task.steps.filter((s) => s.status === "succeeded" || s.status === "skipped").map((s) => s.stepId));
  const previousOutputs = Object.fromEntries(task.steps.filter((s) => done.has(s.stepId)).map((s) => [s.stepId, s.output ?? {}]));
  const stepRow = (stepId: string) => ({ taskId_stepId: { taskId, stepId } });
  const cancelled = async () => (await db.scaffolderTask.findUnique({ where: { id: taskId }, select: { cancelRequested: true } }))?.cancelRequested ?? true;
  if (done.size) await write(null, `Resuming after ${done.size} finished step(s)`);

  try {
    const result = await executeSteps({
      taskId,
      spec,
      values: (task.values ?? {}) as Record<string, unknown>,
      actor,
      portalUrl: task.portalUrl,
      workspace: taskWorkspace(taskId),
      template: source,
      isDryRun: false,
      previousOutputs,
      done,
      signal,
      hooks: {
        log: write,
        stepStarted: async (stepId) => {
          await db.scaffolderTaskStep.update({ where: stepRow(stepId), data: { status: "running", startedAt: new Date(), finishedAt: null, error: null } });
        },
        stepFinished: async (stepId, status, r) => {
          await db.scaffolderTaskStep.update({ where: stepRow(stepId), data: { status, finishedAt: new Date(), error: r.error ?? null, ...(r.output !== undefined && { output: json(r.output) }) } });
        },
        checkpoints: async (stepId) => ((await db.scaffolderTaskStep.findUnique({ where: stepRow(stepId), select: { checkpoints: true } }))?.checkpoints ?? {}) as Record<string, unknown>,
        saveCheckpoint: async (stepId, key, value) => {
          const row = await db.scaffolderTaskStep.findUnique({ where: stepRow(stepId), select: { checkpoints: true } });
          await db.scaffolderTaskStep.update({ where: stepRow(stepId), data: { checkpoints: json({ ...((row?.checkpoints ?? {}) as object), [key]: value }) } });
        },
        isCancelled: cancelled,
      },
    });
    if (result.status === "cancelled") await db.scaffolderTaskStep.updateMany({ where: { taskId, status: "pending" }, data: { status: "cancelled" } });
    await finish(result.status, result.error ?? null, result.output);
    return { status: result.status };
  } catch (error) {
    appLog.error({ err: error, taskId }, "scaffolder task crashed");
    await finish("failed", `the task stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "failed" };
  }
}
