// Shared by the scaffolder's tests: the portal's /git route served over plain node:http (so a
// real `git clone` can talk to it), and a way to run a queued task to its end.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { GET, POST } from "../../app/git/[...path]/route";
import { db } from "../db/client";
import { runTask } from "./run-task";

export async function serveGitRoute(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const request = new NextRequest(url, { method: req.method, headers, ...(req.method === "POST" && { body: Buffer.concat(chunks) }) });
    const path = url.pathname.replace(/^\/git\//, "").split("/");
    const response = await (req.method === "POST" ? POST : GET)(request, { params: Promise.resolve({ path }) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Run a task as the worker would, and return its row with steps. */
export async function runToEnd(taskId: string) {
  await runTask(db, taskId);
  return db.scaffolderTask.findUniqueOrThrow({ where: { id: taskId }, include: { steps: { orderBy: { position: "asc" } }, events: { orderBy: { id: "asc" } } } });
}
