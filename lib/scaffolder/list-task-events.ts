import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { getTask } from "./get-task";
import { toEventView } from "./task-view";

/** Log lines after `afterId` (the event stream resumes from the last id it sent). */
export async function listTaskEvents(actor: Actor, taskId: string, afterId = 0, limit = 500) {
  await getTask(actor, taskId);
  const rows = await db.scaffolderTaskEvent.findMany({ where: { taskId, id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
  return rows.map(toEventView);
}
