// Test helper, run in a worker thread: one database client racing others for the queue.
// Threads, not several clients in one thread: better-sqlite3 waits for a lock synchronously,
// so two SQLite connections in one thread would block the very thread that holds the lock.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "../../db/client";
import { claimJob, reclaimStaleJobs } from "../claim-job";
import { enqueueDueSchedules, ensureSchedules } from "../run-schedules";

export type RaceTask = { url: string; op: "claim" | "reclaim" | "schedules"; name: string; loops: number; staleMs?: number };

const task = workerData as RaceTask;
const client = createDb(task.url);
const claimed: { id: string; worker: string }[] = [];
let reclaimed = 0;
let enqueued = 0;

await Promise.all(
  Array.from({ length: task.loops }, async (_, i) => {
    const worker = `${task.name}.${i}`;
    if (task.op === "schedules") {
      await ensureSchedules(client);
      const count = await enqueueDueSchedules(client);
      enqueued += count;
    } else if (task.op === "reclaim") {
      const count = await reclaimStaleJobs(client, task.staleMs ?? 60_000);
      reclaimed += count;
    } else {
      for (let job = await claimJob(client, worker); job; job = await claimJob(client, worker)) claimed.push({ id: job.id, worker });
    }
  }),
);
await client.$disconnect();
parentPort!.postMessage({ claimed, reclaimed, enqueued });
