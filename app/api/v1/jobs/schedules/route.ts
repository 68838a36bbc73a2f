// GET /api/v1/jobs/schedules - recurring jobs and when they run next (admins)
import { apiRoute } from "@/lib/api/route";
import { listSchedules } from "@/lib/jobs/list-schedules";

export const GET = apiRoute("/api/v1/jobs/schedules", { scope: "read" }, async ({ actor }) => ({ items: await listSchedules(actor) }));
