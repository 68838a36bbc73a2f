import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createActor } from "../test/fixtures";
import { listSchedules } from "./list-schedules";
import { runScheduleNow } from "./run-schedule-now";
import { ensureSchedules } from "./run-schedules";

describe("run a schedule now", () => {
  it("queues one job for admins, audited, and leaves the timetable alone", async () => {
    await ensureSchedules(db);
    const admin = await createActor("admin");
    const cleanup = async () => (await listSchedules(admin)).find((s) => s.name === "system.cleanup");
    const before = await cleanup();
    const job = await runScheduleNow(admin, "system.cleanup");
    expect(job).toMatchObject({ type: "system.cleanup", status: "queued", scheduleId: before!.id });
    expect((await cleanup())!.nextRunAt).toEqual(before!.nextRunAt);
    expect(await db.auditEvent.count({ where: { action: "job.run-now", targetId: job.id } })).toBe(1);
  });

  it("refuses non-admins and names an unknown schedule", async () => {
    await ensureSchedules(db);
    const dev = await createActor("developer");
    await expect(runScheduleNow(dev, "system.cleanup")).rejects.toMatchObject({ code: "forbidden" });
    await expect(listSchedules(dev)).rejects.toMatchObject({ code: "forbidden" });
    const admin = await createActor("admin");
    await expect(runScheduleNow(admin, "nope")).rejects.toMatchObject({ code: "not_found", message: "schedule 'nope' not found" });
  });
});
