import "server-only";
// Serve the local repositories read-only over git's smart HTTP protocol through git's own
// CGI program (git http-backend). Only clone and fetch (git-upload-pack) are allowed; a push
// (git-receive-pack) is refused before the CGI runs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gitRoot } from "./repos";

const BACKEND = ["/usr/lib/git-core/git-http-backend", "/usr/libexec/git-core/git-http-backend"].find((p) => fs.existsSync(p));

export type GitHttpRequest = { method: string; pathInfo: string; query: string; contentType: string | null; body: Buffer | null; contentEncoding?: string | null; gitProtocol?: string | null };

/** pathInfo: "/owner/name.git/info/refs" etc.; returns null for anything not a readable repository. */
export async function serveGitHttp(req: GitHttpRequest): Promise<Response> {
  const match = /^\/([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*\.git)(\/.*)$/.exec(req.pathInfo);
  if (!match || req.pathInfo.includes("..")) return new Response("not found\n", { status: 404 });
  const service = new URLSearchParams(req.query).get("service");
  if (service === "git-receive-pack" || match[3] === "/git-receive-pack") return new Response("this git server is read-only\n", { status: 403 });
  if (!fs.existsSync(path.join(gitRoot(), match[1]!, match[2]!, "HEAD"))) return new Response("repository not found\n", { status: 404 });
  if (!BACKEND) return new Response("git is not installed on the server (git http-backend not found)\n", { status: 501 });

  const child = spawn(BACKEND, [], {
    env: {
      GIT_PROJECT_ROOT: gitRoot(),
      PATH_INFO: req.pathInfo,
      QUERY_STRING: req.query,
      REQUEST_METHOD: req.method,
      CONTENT_TYPE: req.contentType ?? "",
      CONTENT_LENGTH: String(req.body?.length ?? 0),
      REMOTE_USER: "flightdeck",
      ...(req.contentEncoding && { HTTP_CONTENT_ENCODING: req.contentEncoding }),
      ...(req.gitProtocol && { GIT_PROTOCOL: req.gitProtocol }),
      REMOTE_ADDR: "127.0.0.1",
      PATH: process.env.PATH ?? "/usr/bin:/bin",
    } as unknown as NodeJS.ProcessEnv,
  });
  child.stdin.end(req.body ?? undefined);
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.stderr.on("data", (c: Buffer) => errors.push(c));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  const out = Buffer.concat(chunks);
  const split = out.indexOf("\r\n\r\n");
  if (code !== 0 && split < 0) return new Response(`git http-backend failed: ${Buffer.concat(errors).toString()}\n`, { status: 500 });
  const head = out.subarray(0, split).toString("latin1");
  const body = out.subarray(split + 4);
  const headers = new Headers();
  let status = 200;
  for (const line of head.split("\r\n")) {
    const i = line.indexOf(":");
    if (i < 0) continue;
    const key = line.slice(0, i).trim();
    const value = line.slice(i + 1).trim();
    if (key.toLowerCase() === "status") status = Number(value.split(" ")[0]) || 200;
    else headers.set(key, value);
  }
  return new Response(body, { status, headers });
}
