import { subDays } from "date-fns";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { claimJob, reclaimStaleJobs } from "./claim-job";
import { enqueueJob } from "./enqueue-job";
import { retryDelayMs, runClaimedJob } from "./run-job";
import { runWorker } from "./run-worker";

const opts = { workerId: "w1", signal: new AbortController().signal, heartbeatMs: 1_000 };

async function claimAndRun(workerId = "w1") {
  const job = await claimJob(db, workerId);
  if (!job) throw new Error("nothing to claim");
  return { outcome: await runClaimedJob(db, job, { ...opts, workerId }), job: await db.job.findUniqueOrThrow({ where: { id: job.id } }) };
}

async function makeDue(id: string) {
  await db.job.update({ where: { id }, data: { runAt: new Date(Date.now() - 1) } });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeEach(async () => {
  await db.job.deleteMany();
});

describe("running jobs", () => {
  it("records the result of a successful run and who ran it", async () => {
    const { id } = await enqueueJob(db, "system.noop", {});
    const { outcome, job } = await claimAndRun("worker-a");
    expect(outcome).toBe("succeeded");
    expect(job).toMatchObject({ id, status: "succeeded", result: { ranBy: "worker-a" }, lockedBy: null, lastError: null });
    expect(job.finishedAt).toBeInstanceOf(Date);
  });

  it("retries a failing job with exponential backoff, then succeeds", async () => {
    const { id } = await enqueueJob(db, "system.noop", { failAttempts: 2 });
    for (const attempt of [1, 2]) {
      const before = Date.now();
      const { outcome, job } = await claimAndRun();
      expect(outcome).toBe("retry");
      expect(job).toMatchObject({ status: "queued", attempts: attempt, lockedBy: null, lastError: expect.stringContaining(`attempt ${attempt}`) });
      const delay = job.runAt.getTime() - before;
      expect(delay).toBeGreaterThanOrEqual(retryDelayMs(attempt) - 50);
      expect(delay).toBeLessThan(retryDelayMs(attempt) + 5_000);
      expect(await claimJob(db, "w1")).toBeNull(); // not due until the backoff has passed
      await makeDue(id);
    }
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    expect(retryDelayMs(30)).toBe(60 * 60_000);
    const { outcome, job } = await claimAndRun();
    expect(outcome).toBe("succeeded");
    expect(job).toMatchObject({ attempts: 3, status: "succeeded", lastError: null });
  });

  it("fails for good after maxAttempts, keeping the last error", async () => {
    const { id } = await enqueueJob(db, "system.noop", { failAttempts: 10 }, { maxAttempts: 2 });
    expect((await claimAndRun()).outcome).toBe("retry");
    await makeDue(id);
    const { outcome, job } = await claimAndRun();
    expect(outcome).toBe("failed");
    expect(job).toMatchObject({ status: "failed", attempts: 2, lastError: expect.stringContaining("attempt 2"), lockedBy: null });
    expect(job.finishedAt).toBeInstanceOf(Date);
    expect(await claimJob(db, "w1")).toBeNull();
  });

  it("fails at once, without retries, when the stored payload no longer validates", async () => {
    await db.job.create({ data: { type: "system.noop", payload: { sleepMs: "soon" } } });
    const { outcome, job } = await claimAndRun();
    expect(outcome).toBe("failed");
    expect(job).toMatchObject({ attempts: 1, lastError: expect.stringContaining("sleepMs") });
  });

  it("heartbeats while running, and drops its outcome if the job was reclaimed meanwhile", async () => {
    await enqueueJob(db, "system.noop", { sleepMs: 400 });
    const claimed = (await claimJob(db, "slow"))!;
    const running = runClaimedJob(db, claimed, { ...opts, workerId: "slow", heartbeatMs: 50 });
    await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: claimed.id } })).lockedAt! > claimed.lockedAt!);

    // Presumed dead by another worker: the job goes back to the queue and is not overwritten.
    // (A heartbeat landing between its read and its update makes a reclaim pass miss; the next gets it.)
    await waitFor(async () => (await reclaimStaleJobs(db, 0, new Date(Date.now() + 1_000))) === 1);
    expect(await running).toBe("lost");
    expect(await db.job.findUniqueOrThrow({ where: { id: claimed.id } })).toMatchObject({ status: "queued", result: null });
  });

  it("cleans up old finished jobs, sign-in attempts and webhook deliveries, and nothing newer", async () => {
    const old = subDays(new Date(), 31);
    const oldJob = await db.job.create({ data: { type: "system.noop", payload: {}, status: "succeeded", finishedAt: old } });
    const oldQueued = await db.job.create({ data: { type: "system.noop", payload: {}, runAt: new Date(Date.now() + 60_000), createdAt: old } });
    const recent = await db.job.create({ data: { type: "system.noop", payload: {}, status: "failed", finishedAt: subDays(new Date(), 29) } });
    await db.loginAttempt.createMany({
      data: [
        { email: "old@example.test", ip: "127.0.0.1", success: false, createdAt: subDays(new Date(), 2) },
        { email: "new@example.test", ip: "127.0.0.1", success: true },
      ],
    });
    await db.webhookDelivery.createMany({
      data: [
        { deliveryId: "old-delivery", source: "github", event: "push", status: "processed", receivedAt: subDays(new Date(), 15) },
        { deliveryId: "new-delivery", source: "github", event: "push", status: "processed" },
      ],
    });
    await enqueueJob(db, "system.cleanup", {}, { runAt: subDays(new Date(), 40) });
    const { outcome, job } = await claimAndRun();
    expect(outcome).toBe("succeeded");
    expect(job.result).toEqual({ jobsDeleted: 1, loginAttemptsDeleted: 1, webhookDeliveriesDeleted: 1, orphansDeleted: 0 });
    expect((await db.webhookDelivery.findMany()).map((d) => d.deliveryId)).toEqual(["new-delivery"]);
    const left = (await db.job.findMany()).map((j) => j.id);
    expect(left).not.toContain(oldJob.id);
    expect(left).toEqual(expect.arrayContaining([oldQueued.id, recent.id, job.id]));
    expect((await db.loginAttempt.findMany()).map((a) => a.email)).toEqual(["new@example.test"]);
  });
});

describe("runWorker", () => {
  it("runs queued jobs until stopped, then lets the running job finish", async () => {
    const controller = new AbortController();
    const done = runWorker({ workerId: "loop", signal: controller.signal, pollMs: 20, concurrency: 2 });
    const jobs = await Promise.all(Array.from({ length: 5 }, () => enqueueJob(db, "system.noop", {})));
    await waitFor(async () => (await db.job.count({ where: { status: "succeeded" } })) === jobs.length);

    const slow = await enqueueJob(db, "system.noop", { sleepMs: 300 });
    await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: slow.id } })).status === "running");
    controller.abort();
    await done;
    expect(await db.job.findUniqueOrThrow({ where: { id: slow.id } })).toMatchObject({ status: "succeeded", result: { ranBy: "loop" } });
    // Started with the built-in schedules in place.
    expect(await db.jobSchedule.findUnique({ where: { name: "system.cleanup" } })).toMatchObject({ type: "system.cleanup", enabled: true });
  });
});
