import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { AppError } from "../errors";
import { enqueueJob } from "./enqueue-job";
import type { JobType } from "./registry";

describe("enqueueJob", () => {
  it("stores the parsed payload, with defaults, and the type's attempt budget", async () => {
    const runAt = new Date(Date.now() + 60_000);
    const noop = await enqueueJob(db, "system.noop", {}, { runAt });
    expect(noop).toMatchObject({ status: "queued", attempts: 0, maxAttempts: 5, payload: { sleepMs: 0, failAttempts: 0 } });
    expect(noop.runAt.getTime()).toBe(runAt.getTime());
    const cleanup = await enqueueJob(db, "system.cleanup", {});
    expect(cleanup.maxAttempts).toBe(3); // the definition's default
    expect((await enqueueJob(db, "system.cleanup", {}, { maxAttempts: 9 })).maxAttempts).toBe(9);
  });

  it("refuses an unknown type, naming it", async () => {
    const attempt = enqueueJob(db, "catalog.nope" as JobType, {} as never);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "validation", message: expect.stringContaining("'catalog.nope'") });
  });

  it("refuses a bad payload, naming the job and the field", async () => {
    const attempt = enqueueJob(db, "system.noop", { sleepMs: -1 });
    await expect(attempt).rejects.toMatchObject({
      code: "validation",
      message: expect.stringContaining("payload for job 'system.noop'"),
      issues: [expect.objectContaining({ path: "sleepMs" })],
    });
    await expect(enqueueJob(db, "system.noop", {}, { maxAttempts: 0 })).rejects.toMatchObject({ code: "validation" });
    expect(await db.job.count({ where: { payload: { equals: { sleepMs: -1 } } } })).toBe(0);
  });

  it("enqueues atomically with the caller's transaction", async () => {
    const before = await db.job.count();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, "system.noop", {});
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count()).toBe(before);
  });
});
