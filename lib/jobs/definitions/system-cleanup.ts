// Keeps the tables that only grow from growing forever: job history, sign-in attempts, webhook
// deliveries, and catalog orphans past FLIGHTDECK_ORPHAN_GRACE_DAYS. Then the planner's
// statistics are refreshed, since small changes add up between bulk imports.
import { subDays } from "date-fns";
import { z } from "zod";
import { deleteExpiredOrphans } from "../../catalog/delete-expired-orphans";
import { refreshPlannerStats } from "../../db/dialect";
import { parseEnv } from "../../env";
import { defineJob } from "../define-job";

export const systemCleanup = defineJob({
  type: "system.cleanup",
  payload: z.object({
    jobDays: z.number().int().min(1).default(30),
    /** Throttling only looks back minutes; a day is plenty for investigating. */
    loginAttemptDays: z.number().int().min(1).default(1),
    /** Long enough to dedupe GitHub's redeliveries (it keeps them a few days) and to investigate. */
    webhookDays: z.number().int().min(1).default(14),
  }),
  maxAttempts: 3,
  async run(payload, { db }) {
    const now = new Date();
    const jobs = await db.job.deleteMany({
      where: { status: { in: ["succeeded", "failed", "cancelled"] }, finishedAt: { lt: subDays(now, payload.jobDays) } },
    });
    const attempts = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: subDays(now, payload.loginAttemptDays) } } });
    const deliveries = await db.webhookDelivery.deleteMany({ where: { receivedAt: { lt: subDays(now, payload.webhookDays) } } });
    const graceDays = parseEnv().FLIGHTDECK_ORPHAN_GRACE_DAYS;
    const orphans = graceDays ? await deleteExpiredOrphans(db, graceDays, now) : 0;
    await refreshPlannerStats(db);
    return { jobsDeleted: jobs.count, loginAttemptsDeleted: attempts.count, webhookDeliveriesDeleted: deliveries.count, orphansDeleted: orphans };
  },
});
