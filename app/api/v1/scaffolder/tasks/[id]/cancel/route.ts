// POST /api/v1/scaffolder/tasks/{id}/cancel - stop a queued or running task
import { apiRoute } from "@/lib/api/route";
import { cancelTask } from "@/lib/scaffolder/cancel-task";
import { taskIdParamsSchema } from "@/lib/scaffolder/schemas";

export const POST = apiRoute("/api/v1/scaffolder/tasks/{id}/cancel", { scope: "write", params: taskIdParamsSchema }, ({ actor, params }) => cancelTask(actor, params.id));
