import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { auditFor, createActor } from "../test/fixtures";
import { cancelJob } from "./cancel-job";
import { claimJob } from "./claim-job";
import { enqueueJob } from "./enqueue-job";
import { getJob } from "./get-job";
import { listJobs } from "./list-jobs";
import { retryJob } from "./retry-job";

beforeEach(async () => {
  await db.job.deleteMany();
});

const failedJob = () =>
  db.job.create({ data: { type: "system.noop", payload: {}, status: "failed", attempts: 5, lastError: "boom", finishedAt: new Date() } });

describe("listing jobs", () => {
  it("pages through every job once, newest first, even when timestamps tie", async () => {
    const admin = await createActor("admin");
    const tie = new Date("2025-03-01T10:00:00.000Z");
    for (let i = 0; i < 5; i++) await db.job.create({ data: { type: "system.noop", payload: {}, createdAt: tie } });
    for (let i = 0; i < 3; i++) await db.job.create({ data: { type: "system.cleanup", payload: {}, createdAt: new Date(tie.getTime() + (i + 1) * 1000) } });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listJobs(admin, { limit: 3, ...(cursor && { cursor }) });
      seen.push(...page.items.map((j) => j.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const all = await db.job.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(seen).toEqual(all.map((j) => j.id));
  });

  it("filters by status and type, and refuses a forged cursor", async () => {
    const admin = await createActor("admin");
    await failedJob();
    await enqueueJob(db, "system.cleanup", {});
    expect((await listJobs(admin, { status: "failed" })).items.map((j) => j.status)).toEqual(["failed"]);
    expect((await listJobs(admin, { type: "system.cleanup" })).items.map((j) => j.type)).toEqual(["system.cleanup"]);
    await expect(listJobs(admin, { cursor: "bm9wZQ" })).rejects.toMatchObject({ code: "validation" });
    await expect(listJobs(admin, { status: "exploded" as never })).rejects.toMatchObject({ code: "validation" });
  });

  it("shows jobs to admins only (a read-only admin token may look)", async () => {
    const job = await enqueueJob(db, "system.noop", {});
    for (const role of ["viewer", "developer", "platform"] as const) {
      const actor = await createActor(role);
      await expect(listJobs(actor)).rejects.toMatchObject({ code: "forbidden" });
      await expect(getJob(actor, job.id)).rejects.toMatchObject({ code: "forbidden" });
    }
    const readOnlyAdmin = await createActor("admin", { scope: "read", via: "api" });
    expect((await listJobs(readOnlyAdmin)).items.map((j) => j.id)).toEqual([job.id]);
    expect(await getJob(readOnlyAdmin, job.id)).toMatchObject({ id: job.id, payload: { sleepMs: 0, failAttempts: 0 }, result: null });
    await expect(getJob(readOnlyAdmin, "missing")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("retrying and cancelling", () => {
  it("lets only admins with write access retry, resets attempts and audits it", async () => {
    const job = await failedJob();
    for (const actor of [await createActor("viewer"), await createActor("developer"), await createActor("admin", { scope: "read", via: "api" })]) {
      await expect(retryJob(actor, job.id)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await auditFor(job.id)).toEqual([]);

    const admin = await createActor("admin");
    const retried = await retryJob(admin, job.id);
    expect(retried).toMatchObject({ status: "queued", attempts: 0, lastError: null, finishedAt: null });
    const [event] = await auditFor(job.id);
    expect(event).toMatchObject({ action: "job.retry", actorId: admin.userId, targetType: "job", targetLabel: "system.noop" });
    expect(event?.before).toMatchObject({ status: "failed", attempts: 5, lastError: "boom" });
    // It is claimable again, and retrying a queued job is refused.
    expect((await claimJob(db, "w1"))?.id).toBe(job.id);
    await expect(retryJob(admin, job.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("lets only admins cancel a queued job, audits it, and refuses to cancel a running one", async () => {
    const queued = await enqueueJob(db, "system.noop", {});
    for (const actor of [await createActor("viewer"), await createActor("developer")]) {
      await expect(cancelJob(actor, queued.id)).rejects.toMatchObject({ code: "forbidden" });
    }
    const admin = await createActor("admin");
    expect(await cancelJob(admin, queued.id)).toMatchObject({ status: "cancelled", finishedAt: expect.any(Date) });
    expect((await auditFor(queued.id)).map((e) => e.action)).toEqual(["job.cancel"]);
    expect(await claimJob(db, "w1")).toBeNull();

    // A cancelled job can be retried.
    expect(await retryJob(admin, queued.id)).toMatchObject({ status: "queued" });
    await claimJob(db, "w1");
    await expect(cancelJob(admin, queued.id)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("running") });
    await expect(cancelJob(admin, "missing")).rejects.toMatchObject({ code: "not_found" });
    expect((await auditFor(queued.id)).map((e) => e.action).sort()).toEqual(["job.cancel", "job.retry"]);
  });
});
