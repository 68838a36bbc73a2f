// An in-process nudge from enqueueJob to idle workers, so a job enqueued in a process that also
// runs a worker (the web server by default) starts at once instead of after the next poll; the
// catalog's push-to-visible target is 2 s and the poll alone costs up to 1.5 s. Other processes
// still find the job by polling. Kept on globalThis: Next.js bundles instrumentation (the
// worker) and route handlers (the enqueuers) separately, each with its own module instances.
import { EventEmitter } from "node:events";

const KEY = Symbol.for("flightdeck.jobs.wake");
const holder = globalThis as { [KEY]?: EventEmitter };
const emitter = (holder[KEY] ??= new EventEmitter().setMaxListeners(0));

export function notifyJobEnqueued(): void {
  emitter.emit("enqueued");
}

/** Call `listener` on every enqueue in this process; returns the unsubscribe function. */
export function onJobEnqueued(listener: () => void): () => void {
  emitter.on("enqueued", listener);
  return () => emitter.off("enqueued", listener);
}
