// POST /api/v1/jobs/schedules/{name}/run - run a schedule's job now (admins)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { runScheduleNow } from "@/lib/jobs/run-schedule-now";
import { scheduleNameParamsSchema } from "@/lib/jobs/schemas";

export const POST = apiRoute("/api/v1/jobs/schedules/{name}/run", { scope: "write", params: scheduleNameParamsSchema }, async ({ actor, params }) =>
  new ApiResponse(await runScheduleNow(actor, params.name), 201),
);
