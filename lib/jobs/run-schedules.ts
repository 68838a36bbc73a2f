import "server-only";
import { CronExpressionParser } from "cron-parser";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { log } from "../log";
import { enqueueJob } from "./enqueue-job";
import type { JobType } from "./registry";

type BuiltInSchedule = { name: string; type: JobType; cron: string; timezone: string; payload: Prisma.InputJsonObject };

/** Schedules every installation has; ensureSchedules keeps their rows in step with this list. */
export const builtInSchedules: BuiltInSchedule[] = [
  // Off the hour, so installations sharing a database server do not all clean up at once.
  { name: "system.cleanup", type: "system.cleanup", cron: "17 3 * * *", timezone: "UTC", payload: {} },
  // Pushes keep the catalog fresh within seconds; this catches what webhooks missed (no webhook
  // configured, a delivery lost, a repository created or archived).
  { name: "catalog.sync-all", type: "catalog.sync-all", cron: "*/30 * * * *", timezone: "UTC", payload: {} },
  // Workflow webhooks keep pipelines live; this repairs missed deliveries and new annotations.
  { name: "pipelines.resync-all", type: "pipelines.resync-all", cron: "7,22,37,52 * * * *", timezone: "UTC", payload: {} },
];

/** The first occurrence strictly after `after`, in the schedule's timezone. */
export function nextOccurrence(cron: string, timezone: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timezone }).next().toDate();
}

/** Create the built-in schedules, or update them when the code changed their timing. */
export async function ensureSchedules(client: Db, now = new Date()) {
  for (const s of builtInSchedules) {
    const existing = await client.jobSchedule.findUnique({ where: { name: s.name } });
    if (!existing) {
      const nextRunAt = nextOccurrence(s.cron, s.timezone, now);
      await client.jobSchedule.create({ data: { ...s, nextRunAt } }).catch((err: { code?: string }) => {
        if (err.code !== "P2002") throw err; // another worker started at the same moment
      });
    } else if (existing.type !== s.type || existing.cron !== s.cron || existing.timezone !== s.timezone) {
      // `enabled` stays as an admin left it.
      await client.jobSchedule.update({
        where: { name: s.name },
        data: { type: s.type, cron: s.cron, timezone: s.timezone, payload: s.payload, nextRunAt: nextOccurrence(s.cron, s.timezone, now) },
      });
    }
  }
}

/**
 * Enqueue one job for every due schedule. Moving nextRunAt forward is conditioned on the value
 * this worker read, so of several workers exactly one wins, and only the winner enqueues.
 * Deliberately two statements, not a transaction: on SQLite a transaction shares the process's
 * one connection with every other query, and a crash between the two costs one occurrence,
 * never a duplicate. Missed occurrences (all workers down) collapse into one run.
 */
export async function enqueueDueSchedules(client: Db, now = new Date()): Promise<number> {
  const due = await client.jobSchedule.findMany({ where: { enabled: true, nextRunAt: { lte: now } }, take: 50 });
  let enqueued = 0;
  for (const schedule of due) {
    let nextRunAt: Date;
    try {
      nextRunAt = nextOccurrence(schedule.cron, schedule.timezone, now);
    } catch (err) {
      // A schedule that can never be computed would be retried every poll: switch it off, loudly.
      log.error({ err, schedule: schedule.name, cron: schedule.cron }, "invalid cron expression; disabling the schedule");
      await client.jobSchedule.updateMany({ where: { id: schedule.id, nextRunAt: schedule.nextRunAt }, data: { enabled: false } });
      continue;
    }
    const { count } = await client.jobSchedule.updateMany({
      where: { id: schedule.id, enabled: true, nextRunAt: schedule.nextRunAt },
      data: { nextRunAt, lastRunAt: now },
    });
    if (count === 0) continue; // another worker took this occurrence
    try {
      await enqueueJob(client, schedule.type as JobType, schedule.payload as never, { scheduleId: schedule.id });
    } catch (err) {
      // The occurrence is skipped, not retried: the schedule must keep moving.
      log.error({ err, schedule: schedule.name, type: schedule.type }, "scheduled job could not be enqueued; occurrence skipped");
      continue;
    }
    enqueued++;
    log.info({ schedule: schedule.name, type: schedule.type, nextRunAt }, "scheduled job enqueued");
  }
  return enqueued;
}
