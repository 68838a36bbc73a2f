// GET /api/v1/scaffolder/tasks/{id} - a task's status, steps, parameters and outputs
import { apiRoute } from "@/lib/api/route";
import { getTask } from "@/lib/scaffolder/get-task";
import { taskIdParamsSchema } from "@/lib/scaffolder/schemas";

export const GET = apiRoute("/api/v1/scaffolder/tasks/{id}", { scope: "read", params: taskIdParamsSchema }, ({ actor, params }) => getTask(actor, params.id));
