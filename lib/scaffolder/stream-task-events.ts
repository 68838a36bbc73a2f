import "server-only";
// The event stream behind GET …/tasks/{id}/events: polls the task's log table (any instance's
// worker may be writing it) and sends new lines, the task when it changed, and `end` once the
// task is finished and every line was sent.
import type { Actor } from "../auth/actor";
import { getTask } from "./get-task";
import { listTaskEvents } from "./list-task-events";

const POLL_MS = 400;
const FINAL = new Set(["succeeded", "failed", "cancelled"]);

export function streamTaskEvents(actor: Actor, taskId: string, afterId: number, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let last = afterId;
  let lastState = "";
  let closed = false;
  return new ReadableStream({
    async start(controller) {
      const send = (event: string, data: unknown, id?: number) => controller.enqueue(encoder.encode(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      signal.addEventListener("abort", () => (closed = true));
      controller.enqueue(encoder.encode("retry: 1000\n\n"));
      try {
        while (!closed) {
          const task = await getTask(actor, taskId);
          for (const e of await listTaskEvents(actor, taskId, last)) {
            send("log", e, e.id);
            last = e.id;
          }
          const state = JSON.stringify([task.status, task.steps.map((s) => s.status), task.output]);
          if (state !== lastState) {
            send("task", task);
            lastState = state;
          }
          if (FINAL.has(task.status) && (await listTaskEvents(actor, taskId, last, 1)).length === 0) {
            send("end", { status: task.status });
            break;
          }
          await new Promise((r) => setTimeout(r, POLL_MS));
        }
      } catch (error) {
        send("error", { message: error instanceof Error ? error.message : String(error) });
      }
      controller.close();
    },
    cancel() {
      closed = true;
    },
  });
}
