// GET /api/v1/scaffolder/tasks/{id}/events - the task's log and state as server-sent events
// (`log` per line with its id, `task` when the status or a step changes, `end` when it is over).
// A reconnecting EventSource sends Last-Event-ID and continues after it.
import { apiRoute } from "@/lib/api/route";
import { getTask } from "@/lib/scaffolder/get-task";
import { streamTaskEvents } from "@/lib/scaffolder/stream-task-events";
import { taskIdParamsSchema } from "@/lib/scaffolder/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute("/api/v1/scaffolder/tasks/{id}/events", { scope: "read", params: taskIdParamsSchema }, async ({ actor, params, request }) => {
  await getTask(actor, params.id);
  const after = Number(request.headers.get("last-event-id") ?? request.nextUrl.searchParams.get("after") ?? 0) || 0;
  return new Response(streamTaskEvents(actor, params.id, after, request.signal), {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", "x-accel-buffering": "no" },
  });
});
