// Git smart HTTP: `/{owner}/{repo}.git/*` handed to git's own `git http-backend` (CGI), so clone
// and push behave exactly like git. Pushes need a token with write access in basic auth, as on
// GitHub, and every ref a push moves is announced with a `push` webhook.
import { spawn } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { hasScope } from "./access.ts";
import { listRefs } from "./git.ts";
import type { Auth, Ctx, Sim } from "./http.ts";
import { announceRefUpdate, ZERO_SHA } from "./push.ts";
import type { Repo } from "./state.ts";

export const GIT_PATH = /^\/([^/]+)\/([^/]+?)\.git(\/.*)?$/;

function deny(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { "content-type": "text/plain", ...(status === 401 ? { "www-authenticate": 'Basic realm="GitHub"' } : {}) });
  res.end(`${message}\n`);
}

export async function serveGit(sim: Sim, auth: Auth, req: IncomingMessage, res: ServerResponse, url: URL, onPush: (repo: Repo, ref: string, after: string) => Promise<void>): Promise<void> {
  const m = GIT_PATH.exec(url.pathname);
  const repo = m && sim.state.repo(`${m[1]}/${m[2]}`);
  const ctx = { sim, auth, params: {} } as unknown as Ctx;
  const isPush = url.searchParams.get("service") === "git-receive-pack" || url.pathname.endsWith("/git-receive-pack");
  const login = auth.kind === "token" ? (auth.token.kind === "pat" ? auth.token.login : "x-access-token") : "";
  const covers = auth.kind === "token" && (auth.token.kind === "pat" || auth.token.account.toLowerCase() === repo?.owner.toLowerCase());
  // Anonymous clients get a credential challenge (git then asks its credential helper), like GitHub.
  if (!repo) return deny(res, auth.kind === "none" ? 401 : 404, "Repository not found.");
  if ((repo.private || isPush) && auth.kind === "none") return deny(res, 401, "Authentication required");
  if (repo.private && (!covers || !hasScope(ctx, "repo"))) return deny(res, 404, "Repository not found.");
  if (isPush && (!covers || !hasScope(ctx, "repo", ...(repo.private ? [] : ["public_repo"])))) return deny(res, 403, `Permission to ${repo.owner}/${repo.name}.git denied to ${login}.`);

  const before = isPush && req.method === "POST" ? new Map((await listRefs(repo.dir)).map((r) => [r.ref, r.sha])) : null;
  const child = spawn("git", ["http-backend"], {
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      GIT_CONFIG_NOSYSTEM: "1",
      HOME: repo.dir,
      GIT_PROJECT_ROOT: sim.state.root,
      GIT_HTTP_EXPORT_ALL: "1",
      PATH_INFO: `/${repo.owner}/${repo.name}.git${m?.[3] ?? ""}`,
      QUERY_STRING: url.search.replace(/^\?/, ""),
      REQUEST_METHOD: req.method ?? "GET",
      CONTENT_TYPE: req.headers["content-type"] ?? "",
      ...(req.headers["content-length"] ? { CONTENT_LENGTH: req.headers["content-length"] } : {}),
      ...(req.headers["content-encoding"] ? { HTTP_CONTENT_ENCODING: req.headers["content-encoding"] } : {}),
      ...(req.headers["git-protocol"] ? { GIT_PROTOCOL: String(req.headers["git-protocol"]) } : {}),
      REMOTE_USER: login || "anonymous",
      REMOTE_ADDR: req.socket.remoteAddress ?? "127.0.0.1",
      SERVER_PROTOCOL: "HTTP/1.1",
    } as unknown as NodeJS.ProcessEnv,
  });
  // git may exit before reading everything (an error); the client then sees its answer.
  child.stdin.on("error", () => undefined);
  req.pipe(child.stdin);
  child.stderr.resume();

  // CGI output: header lines, a blank line, then the body, streamed through unchanged.
  let head = Buffer.alloc(0);
  let headersDone = false;
  child.stdout.on("data", (chunk: Buffer) => {
    if (headersDone) return void res.write(chunk);
    head = Buffer.concat([head, chunk]);
    const crlf = head.indexOf("\r\n\r\n");
    const lf = head.indexOf("\n\n");
    const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
    if (end < 0) return;
    const sepLength = end === crlf ? 4 : 2;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString().split(/\r?\n/)) {
      const i = line.indexOf(":");
      const key = line.slice(0, i).trim().toLowerCase();
      const value = line.slice(i + 1).trim();
      if (key === "status") status = Number(value.split(" ")[0]) || 200;
      else if (key) headers[key] = value;
    }
    headersDone = true;
    res.writeHead(status, headers);
    res.write(head.subarray(end + sepLength));
  });
  await new Promise<void>((resolve) => child.on("close", () => resolve()));
  if (!headersDone) return void res.writeHead(500).end("git http-backend failed\n");

  // Webhooks and queued runs exist before git sees the push finish, so a test that awaits
  // `git push` can read them straight away.
  if (before) {
    const after = await listRefs(repo.dir);
    const names = new Set([...before.keys(), ...after.map((r) => r.ref)]);
    for (const ref of names) {
      const old = before.get(ref) ?? ZERO_SHA;
      const now = after.find((r) => r.ref === ref)?.sha ?? ZERO_SHA;
      if (old === now) continue;
      await announceRefUpdate(sim, repo, ref, old, now, auth.kind === "token" && auth.token.kind === "pat" ? auth.token.login : sim.state.viewer);
      await onPush(repo, ref, now);
    }
  }
  res.end();
}
