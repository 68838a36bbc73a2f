// POST /api/v1/scaffolder/tasks/{id}/retry - run a failed or cancelled task again from its failed step
import { apiRoute } from "@/lib/api/route";
import { retryTask } from "@/lib/scaffolder/retry-task";
import { taskIdParamsSchema } from "@/lib/scaffolder/schemas";

export const POST = apiRoute("/api/v1/scaffolder/tasks/{id}/retry", { scope: "write", params: taskIdParamsSchema }, ({ actor, params }) => retryTask(actor, params.id));
