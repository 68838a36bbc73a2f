import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { assertCanViewJobs } from "./list-jobs";

/** Recurring jobs with their cron, time zone and next run (admins). */
export async function listSchedules(actor: Actor) {
  assertCanViewJobs(actor);
  return db.jobSchedule.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, type: true, cron: true, timezone: true, enabled: true, nextRunAt: true, lastRunAt: true },
  });
}
