// Two real worker processes (the `npm run worker` entrypoint) on one database: every job runs
// exactly once, and both processes get work.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { enqueueJob } from "./enqueue-job";

type Worker = { child: ChildProcess; lines: Record<string, unknown>[]; exited: Promise<number | null> };
const workers: Worker[] = [];

function startWorkerProcess(): Worker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/jobs/worker-main.ts"], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, FLIGHTDECK_WORKER_POLL_MS: "20", LOG_LEVEL: "info", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: Record<string, unknown>[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const line of parts) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, lines, exited };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 45_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGKILL");
});

describe("two worker processes", () => {
  it("run every job exactly once between them", { timeout: 90_000 }, async () => {
    workers.push(startWorkerProcess(), startWorkerProcess());
    await waitFor(() => workers.every((w) => w.lines.some((l) => l.msg === "worker started")), "both workers to start");

    const total = 60;
    const ids = new Set<string>();
    // Short sleeps, so one worker cannot drain the queue before the other polls.
    for (let i = 0; i < total; i++) ids.add((await enqueueJob(db, "system.noop", { sleepMs: 10 })).id);
    await waitFor(async () => (await db.job.count({ where: { status: "succeeded" } })) === total, "all jobs to succeed");

    // A graceful stop flushes the logs; exit code 0 means it stopped cleanly.
    for (const w of workers) w.child.kill("SIGTERM");
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

    const runsPerJob = new Map<string, string[]>();
    const started = workers.map((w) => w.lines.filter((l) => l.event === "job.started"));
    for (const w of workers) {
      for (const l of w.lines.filter((l) => l.event === "job.finished")) {
        expect(l).toMatchObject({ outcome: "succeeded", type: "system.noop" });
        runsPerJob.set(l.jobId as string, [...(runsPerJob.get(l.jobId as string) ?? []), l.workerId as string]);
      }
    }
    expect([...runsPerJob.keys()].sort()).toEqual([...ids].sort());
    expect([...runsPerJob.values()].every((ran) => ran.length === 1)).toBe(true);
    expect(started.flat()).toHaveLength(total); // no job was even started twice
    expect(started.every((s) => s.length > 0)).toBe(true); // both workers took part

    // The stored result names the process that logged the run.
    const rows = await db.job.findMany({ where: { id: { in: [...ids] } } });
    for (const row of rows) expect((row.result as { ranBy: string }).ranBy).toBe(runsPerJob.get(row.id)![0]);
  });
});
