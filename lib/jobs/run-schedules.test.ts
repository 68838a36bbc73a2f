import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { enqueueDueSchedules, ensureSchedules, nextOccurrence } from "./run-schedules";
import { runRace } from "./testing/run-race";

beforeEach(async () => {
  await db.job.deleteMany();
  await db.jobSchedule.deleteMany();
});

describe("schedules", () => {
  it("computes the next occurrence in the schedule's timezone", () => {
    const noonUtc = new Date("2025-01-15T12:00:00Z");
    expect(nextOccurrence("0 9 * * *", "Europe/Berlin", noonUtc).toISOString()).toBe("2025-01-16T08:00:00.000Z");
    expect(nextOccurrence("0 9 * * *", "UTC", noonUtc).toISOString()).toBe("2025-01-16T09:00:00.000Z");
    expect(nextOccurrence("*/15 * * * *", "UTC", noonUtc).toISOString()).toBe("2025-01-15T12:15:00.000Z");
  });

  it("enqueues a due occurrence exactly once when several workers race, and moves to the next", async () => {
    const schedule = await db.jobSchedule.create({
      data: { name: "every-minute", type: "system.noop", cron: "* * * * *", payload: { sleepMs: 1 }, nextRunAt: new Date(Date.now() - 90_000) },
    });
    // Three threads with their own clients, each running the schedule pass twice at once.
    const results = await runRace(3, { url: process.env.DATABASE_URL!, op: "schedules", loops: 2 });
    expect(results.reduce((n, r) => n + r.enqueued, 0)).toBe(1);

    const jobs = await db.job.findMany({ where: { scheduleId: schedule.id } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ type: "system.noop", status: "queued", payload: { sleepMs: 1, failAttempts: 0 } });
    const after = await db.jobSchedule.findUniqueOrThrow({ where: { id: schedule.id } });
    expect(after.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(after.nextRunAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(after.lastRunAt).toBeInstanceOf(Date);
    expect(await enqueueDueSchedules(db)).toBe(0); // not due again until the next minute
    // ensureSchedules ran in every thread, and made one built-in row.
    expect(await db.jobSchedule.count({ where: { name: "system.cleanup" } })).toBe(1);
  });

  it("skips disabled schedules, and disables one whose cron cannot be parsed", async () => {
    const past = new Date(Date.now() - 1_000);
    await db.jobSchedule.create({ data: { name: "off", type: "system.noop", cron: "* * * * *", payload: {}, enabled: false, nextRunAt: past } });
    const broken = await db.jobSchedule.create({ data: { name: "broken", type: "system.noop", cron: "61 * * * *", payload: {}, nextRunAt: past } });
    expect(await enqueueDueSchedules(db)).toBe(0);
    expect(await db.job.count()).toBe(0);
    expect((await db.jobSchedule.findUniqueOrThrow({ where: { id: broken.id } })).enabled).toBe(false);
  });

  it("keeps built-in schedules in step with the code without touching an admin's choices", async () => {
    await ensureSchedules(db);
    const first = await db.jobSchedule.findUniqueOrThrow({ where: { name: "system.cleanup" } });
    expect(first).toMatchObject({ type: "system.cleanup", timezone: "UTC", enabled: true });
    expect(first.nextRunAt.getTime()).toBeGreaterThan(Date.now());

    await db.jobSchedule.update({ where: { id: first.id }, data: { enabled: false, cron: "0 0 1 1 *" } });
    await ensureSchedules(db);
    const second = await db.jobSchedule.findUniqueOrThrow({ where: { id: first.id } });
    expect(second).toMatchObject({ cron: first.cron, enabled: false });
  });
});
