// Test helper: start several race-thread.ts threads at once and collect what each achieved.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { RaceTask } from "./race-thread";

type RaceResult = { claimed: { id: string; worker: string }[]; reclaimed: number; enqueued: number };

const script = path.resolve("lib/jobs/testing/race-thread.ts");
// Threads do not inherit the tsx loader, so each registers it before importing the script.
const bootstrap = `(async () => { const { register } = await import("tsx/esm/api"); register(); await import(${JSON.stringify(script)}); })()`;

export function runRace(threads: number, task: Omit<RaceTask, "name">): Promise<RaceResult[]> {
  return Promise.all(
    Array.from(
      { length: threads },
      (_, t) =>
        new Promise<RaceResult>((resolve, reject) => {
          const worker = new Worker(bootstrap, { eval: true, workerData: { ...task, name: `t${t}` }, execArgv: ["--conditions=react-server"] });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`race thread exited with ${code}`)));
        }),
    ),
  );
}
