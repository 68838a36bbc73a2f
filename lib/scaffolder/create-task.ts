import "server-only";
// Start a template: check the parameters against its schemas (and the pickers' rules), then
// either dry-run it at once, or store a task with its steps and queue the run as a job, in one
// transaction with the audit event.
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { parseInput } from "../errors";
import { enqueueJob } from "../jobs/enqueue-job";
import { dryRunTemplate } from "./dry-run-template";
import { getTemplate } from "./get-template";
import { createTaskSchema, type CreateTaskInput, type DryRunResult } from "./schemas";
import { stepIdOf } from "./template-spec";
import { validateValues } from "./validate-values";

export type CreatedTask = { id: string; status: string };

/** `queue: false` (the CLI) stores the task without a job: the caller runs it in its own process. */
export async function createTask(actor: Actor, input: CreateTaskInput, portalUrl: string, options: { queue?: boolean } = {}): Promise<CreatedTask | DryRunResult> {
  assertCan(actor, "write");
  const { templateRef, values, dryRun } = parseInput(createTaskSchema, input, "task");
  const template = await getTemplate(templateRef);
  await validateValues(template.spec, values);
  if (dryRun) return dryRunTemplate(actor, template, values, portalUrl);

  return db.$transaction(async (tx) => {
    const task = await tx.scaffolderTask.create({
      data: {
        templateRef: template.ref,
        templateTitle: template.title,
        spec: template.spec as Prisma.InputJsonValue,
        values: values as Prisma.InputJsonValue,
        portalUrl,
        createdById: actor.userId,
        createdByLabel: actor.email,
        steps: { create: template.spec.steps.map((s, i) => ({ position: i, stepId: stepIdOf(s, i), name: s.name ?? stepIdOf(s, i), action: s.action })) },
      },
      select: { id: true, status: true },
    });
    if (options.queue !== false) {
      const job = await enqueueJob(tx, "scaffolder.run-task", { taskId: task.id });
      await tx.scaffolderTask.update({ where: { id: task.id }, data: { jobId: job.id } });
    }
    await tx.scaffolderTaskEvent.create({ data: { taskId: task.id, message: `Queued ${template.title} for ${actor.email}` } });
    await recordAudit(tx, actor, { action: "scaffolder.task.create", targetType: "scaffolder-task", targetId: task.id, targetLabel: template.ref, after: { templateRef: template.ref, values } });
    return task;
  });
}
