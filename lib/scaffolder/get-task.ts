import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { taskScope, taskSelect, toTaskView } from "./task-view";

/** A task with its steps and outputs; someone else's task is "not found" unless you manage tasks. */
export async function getTask(actor: Actor, id: string) {
  const row = await db.scaffolderTask.findFirst({ where: { id, ...taskScope(actor) }, select: taskSelect });
  if (!row) throw AppError.notFound(`task '${id}'`);
  return toTaskView(row, actor);
}
