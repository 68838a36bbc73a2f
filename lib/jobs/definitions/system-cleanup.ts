// Keeps the tables that only grow from growing forever: job history and sign-in attempts.
import { subDays } from "date-fns";
import { z } from "zod";
import { defineJob } from "../define-job";

export const systemCleanup = defineJob({
  type: "system.cleanup",
  payload: z.object({
    jobDays: z.number().int().min(1).default(30),
    /** Throttling only looks back minutes; a day is plenty for investigating. */
    loginAttemptDays: z.number().int().min(1).default(1),
  }),
  maxAttempts: 3,
  async run(payload, { db }) {
    const now = new Date();
    const jobs = await db.job.deleteMany({
      where: { status: { in: ["succeeded", "failed", "cancelled"] }, finishedAt: { lt: subDays(now, payload.jobDays) } },
    });
    const attempts = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: subDays(now, payload.loginAttemptDays) } } });
    return { jobsDeleted: jobs.count, loginAttemptsDeleted: attempts.count };
  },
});
