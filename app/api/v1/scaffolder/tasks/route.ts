// GET /api/v1/scaffolder/tasks - tasks, newest first (yours; everyone's for admins and platform)
// POST /api/v1/scaffolder/tasks - run a template (201 with the task id), or dry-run it (200 with the files)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { createTask } from "@/lib/scaffolder/create-task";
import { listTasks } from "@/lib/scaffolder/list-tasks";
import { portalUrlFrom } from "@/lib/scaffolder/portal-url";
import { createTaskSchema, listTasksQuerySchema } from "@/lib/scaffolder/schemas";

export const GET = apiRoute("/api/v1/scaffolder/tasks", { scope: "read", query: listTasksQuerySchema }, ({ actor, query }) => listTasks(actor, query));

export const POST = apiRoute("/api/v1/scaffolder/tasks", { scope: "write", body: createTaskSchema }, async ({ actor, body, request }) => {
  const result = await createTask(actor, body, portalUrlFrom(request.headers, request.nextUrl.origin));
  return "dryRun" in result ? result : new ApiResponse(result, 201);
});
