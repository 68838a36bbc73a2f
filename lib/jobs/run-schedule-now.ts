import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { enqueueJob } from "./enqueue-job";
import type { JobType } from "./registry";

/** Enqueue one run of a schedule's job now, leaving its timetable as it is. */
export async function runScheduleNow(actor: Actor, name: string) {
  assertCan(actor, "jobs.manage");
  const schedule = await db.jobSchedule.findUnique({ where: { name } });
  if (!schedule) throw AppError.notFound(`schedule '${name}'`);
  return db.$transaction(async (tx) => {
    const job = await enqueueJob(tx, schedule.type as JobType, schedule.payload as never, { scheduleId: schedule.id });
    await recordAudit(tx, actor, { action: "job.run-now", targetType: "job", targetId: job.id, targetLabel: schedule.name, after: { type: job.type } });
    return job;
  });
}
