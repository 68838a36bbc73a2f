import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { claimJob } from "./claim-job";
import { enqueueJob } from "./enqueue-job";
import { runRace } from "./testing/run-race";

beforeEach(async () => {
  await db.job.deleteMany();
});

describe("claimJob", () => {
  it("takes the oldest due job, marks it running for this worker, and leaves future jobs alone", async () => {
    const later = await enqueueJob(db, "system.noop", {}, { runAt: new Date(Date.now() + 60_000) });
    const second = await enqueueJob(db, "system.noop", {}, { runAt: new Date(Date.now() - 1_000) });
    const first = await enqueueJob(db, "system.noop", {}, { runAt: new Date(Date.now() - 2_000) });

    const claimed = await claimJob(db, "w1");
    expect(claimed).toMatchObject({ id: first.id, status: "running", lockedBy: "w1", attempts: 1 });
    expect(claimed?.startedAt).toBeInstanceOf(Date);
    expect((await claimJob(db, "w1"))?.id).toBe(second.id);
    expect(await claimJob(db, "w1")).toBeNull();
    expect((await db.job.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("queued");
  });

  it("gives every job to exactly one of many concurrent claimers on separate connections", async () => {
    const total = 60;
    for (let i = 0; i < total; i++) await enqueueJob(db, "system.noop", {});
    // Four threads, each with its own client from createDb, each running five claim loops.
    const results = await runRace(4, { url: process.env.DATABASE_URL!, op: "claim", loops: 5 });
    const claims = results.flatMap((r) => r.claimed);

    const ids = claims.map((c) => c.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(results.filter((r) => r.claimed.length > 0).length).toBeGreaterThan(1);
    const rows = await db.job.findMany();
    expect(rows.every((r) => r.status === "running" && r.attempts === 1)).toBe(true);
    // The row says who won, and it is the claimer that was told it won.
    const winner = new Map(claims.map((c) => [c.id, c.worker]));
    for (const r of rows) expect(r.lockedBy).toBe(winner.get(r.id));
  });
});

describe("reclaimStaleJobs", () => {
  it("requeues a dead worker's job, fails it when attempts are used up, and leaves live locks alone", async () => {
    const dead = await enqueueJob(db, "system.noop", {});
    const exhausted = await enqueueJob(db, "system.noop", {}, { maxAttempts: 1 });
    const live = await enqueueJob(db, "system.noop", {});
    await claimJob(db, "dead-worker");
    await claimJob(db, "dead-worker");
    await claimJob(db, "live-worker");
    const old = new Date(Date.now() - 120_000);
    await db.job.updateMany({ where: { id: { in: [dead.id, exhausted.id] } }, data: { lockedAt: old } });

    // Several reclaimers at once: each stale job is handled once.
    const results = await runRace(3, { url: process.env.DATABASE_URL!, op: "reclaim", loops: 2, staleMs: 60_000 });
    expect(results.reduce((n, r) => n + r.reclaimed, 0)).toBe(2);

    const rows = new Map((await db.job.findMany()).map((j) => [j.id, j]));
    expect(rows.get(dead.id)).toMatchObject({ status: "queued", lockedBy: null, attempts: 1, lastError: expect.stringContaining("dead-worker") });
    expect(rows.get(exhausted.id)).toMatchObject({ status: "failed", lockedBy: null, finishedAt: expect.any(Date) });
    expect(rows.get(live.id)).toMatchObject({ status: "running", lockedBy: "live-worker" });

    // The requeued job runs again, as attempt 2.
    expect(await claimJob(db, "w2")).toMatchObject({ id: dead.id, attempts: 2, lockedBy: "w2" });
  });
});
