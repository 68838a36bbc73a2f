// The HTTP front: git smart HTTP, the /_sim control API, then GitHub's REST API with its
// cross-cutting behaviour (auth, fault injection, rate limits, headers, error bodies).
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { resolveAuth } from "./auth.ts";
import { GIT_PATH, serveGit } from "./git-http.ts";
import { HttpError, match, type Auth, type Ctx, type Reply, type Route, type Sim } from "./http.ts";
import type { Repo } from "./state.ts";
import { rateKey, rateView } from "./routes/orgs.ts";

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8").trim();
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new HttpError(400, "Problems parsing JSON");
  }
}

function write(res: ServerResponse, reply: Reply, extra: Record<string, string>) {
  const headers: Record<string, string> = { "x-github-request-id": randomUUID().toUpperCase(), ...extra, ...reply.headers };
  if (reply.text !== undefined) {
    res.writeHead(reply.status, { "content-type": "text/plain; charset=utf-8", ...headers });
    return void res.end(reply.text);
  }
  if (reply.body === undefined || reply.status === 204 || reply.status === 302) return void res.writeHead(reply.status, headers).end();
  res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(reply.body));
}

function commonHeaders(ctx: Ctx, counted: boolean): Record<string, string> {
  const view = rateView(ctx);
  const headers: Record<string, string> = {
    "x-github-media-type": "github.v3; format=json",
    "x-github-api-version-selected": "2022-11-28",
    "x-ratelimit-limit": String(view.limit),
    "x-ratelimit-remaining": String(view.remaining),
    "x-ratelimit-reset": String(view.reset),
    "x-ratelimit-used": String(view.used),
    "x-ratelimit-resource": "core",
  };
  if (!counted) delete headers["x-ratelimit-resource"];
  if (ctx.auth.kind === "token" && ctx.auth.token.kind === "pat") headers["x-oauth-scopes"] = ctx.auth.token.scopes.join(", ");
  if (ctx.auth.kind === "token" && ctx.auth.token.kind === "installation") headers["github-authentication-token-expiration"] = ctx.auth.token.expiresAt.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return headers;
}

function rateLimitError(ctx: Ctx): HttpError {
  const who = ctx.auth.kind === "token" ? (ctx.auth.token.kind === "pat" ? `user ID ${ctx.sim.state.user(ctx.auth.token.login)?.id ?? 1}` : `installation ID ${ctx.auth.token.installationId}`) : "127.0.0.1";
  return new HttpError(403, `API rate limit exceeded for ${who}.`, { documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" });
}

export type ServerDeps = { sim: Sim; routes: Route[]; control: Route[]; ready: () => Promise<void>; onPush: (repo: Repo, ref: string, after: string) => Promise<void> };

export function createSimServer(deps: ServerDeps): http.Server {
  const { sim } = deps;
  return http.createServer((req, res) => {
    void handle(deps, req, res).catch((error: unknown) => {
      console.error("github-sim: unhandled error", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Server Error" }));
    });
  });

  async function handle({ routes, control, ready, onPush }: ServerDeps, req: IncomingMessage, res: ServerResponse) {
    await ready();
    const url = new URL(req.url ?? "/", sim.base);
    const path = url.pathname;
    let auth: Auth = { kind: "none" };
    let authError: HttpError | null = null;
    try {
      auth = resolveAuth(sim, req.headers.authorization);
    } catch (e) {
      authError = e as HttpError;
    }
    if (path.startsWith("/_sim/")) return dispatch(control, { auth: { kind: "none" }, counted: false });
    if (GIT_PATH.test(path)) {
      if (authError) return void res.writeHead(401, { "www-authenticate": 'Basic realm="GitHub"' }).end("Invalid username or token.\n");
      return serveGit(sim, auth, req, res, url, onPush);
    }
    return dispatch(routes, { auth, counted: path !== "/rate_limit", authError });

    async function dispatch(table: Route[], opts: { auth: Auth; counted: boolean; authError?: HttpError | null }) {
      const ctx: Ctx = { sim, method: req.method ?? "GET", path, query: url.searchParams, headers: req.headers, body: {}, auth: opts.auth, params: {} };
      let extra = commonHeaders(ctx, opts.counted);
      try {
        const fault = table === routes ? sim.faults.find((f) => f.remaining > 0 && f.pattern.test(path)) : undefined;
        if (fault) {
          fault.remaining -= 1;
          throw new HttpError(fault.status, fault.status === 503 ? "Service Unavailable" : "Server Error");
        }
        if (opts.authError) throw opts.authError;
        if (opts.counted && table === routes) {
          const key = rateKey(ctx);
          if (sim.rate.reset * 1000 <= Date.now()) {
            sim.rate.used.clear();
            sim.rate.reset = Math.ceil(Date.now() / 1000) + 3600;
          }
          if (rateView(ctx).remaining <= 0) throw rateLimitError(ctx);
          sim.rate.used.set(key, (sim.rate.used.get(key) ?? 0) + 1);
          extra = commonHeaders(ctx, true);
        }
        const found = match(table, ctx.method, path);
        if (!found || found === "method") throw new HttpError(404, "Not Found");
        ctx.params = found.params;
        ctx.body = ctx.method === "GET" || ctx.method === "HEAD" ? {} : await readBody(req);
        write(res, await found.route.handler(ctx), extra);
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        write(res, { status: e.status, body: e.body(), headers: e.extra.headers }, extra);
      }
    }
  }
}
