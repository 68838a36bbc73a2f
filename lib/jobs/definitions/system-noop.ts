// Does nothing but report who ran it: tests and operators use it to check the queue end to end.
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { defineJob } from "../define-job";

export const systemNoop = defineJob({
  type: "system.noop",
  payload: z.object({
    /** Take this long, to exercise heartbeats and concurrency. */
    sleepMs: z.number().int().min(0).max(60_000).default(0),
    /** Fail the first N attempts, to exercise retries and backoff. */
    failAttempts: z.number().int().min(0).max(100).default(0),
  }),
  async run(payload, ctx) {
    if (payload.sleepMs > 0) await sleep(payload.sleepMs);
    if (ctx.attempt <= payload.failAttempts) throw new Error(`failing on purpose (attempt ${ctx.attempt} of ${payload.failAttempts})`);
    return { ranBy: ctx.workerId };
  },
});
