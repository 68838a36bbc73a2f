// One wrapper for every /api/v1 route handler: request id, authentication (bearer token, or
// the session cookie for the portal's own pages), scope check, zod parsing of params, query
// and body, and the API's one error format. Handlers only do their domain call.
//
// The wrapper's core (`answer`) works on a plain ApiRequest and returns a plain ApiAnswer, so the
// same code serves Next.js's web Request/Response and, for the catalog's hot reads, node:http
// straight from bin/serve.mjs (lib/api/direct.ts), where building web objects would cost more
// CPU than the query.
import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { z } from "zod";
import type { Actor, Scope } from "../auth/actor";
import { currentActor } from "../auth/session";
import { AppError, parseInput, toAppError } from "../errors";
import { log } from "../log";
import { metrics } from "../metrics";
import { authenticateToken } from "../tokens/authenticate-token";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

type Options<P, Q, B> = { scope: Scope; params?: P; query?: Q; body?: B };
type Context<P, Q, B> = { actor: Actor; params: Infer<P>; query: Infer<Q>; body: Infer<B>; requestId: string; request: NextRequest };
type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** What the wrapper needs of a request; `next()` builds the web request for the few handlers that want it. */
export type ApiRequest = {
  method: string;
  header(name: string): string | null;
  searchParams: URLSearchParams;
  params: Record<string, string | string[]>;
  text(): Promise<string>;
  next(): NextRequest;
};
/** A JSON answer as text, or the Response of a handler that answers otherwise (a YAML export, a stream). */
export type ApiAnswer = { status: number; headers: Record<string, string>; body: string | null } | Response;
/** A Next.js route handler that can also answer a plain ApiRequest. */
export type ApiHandler = ((request: NextRequest, context: RouteContext) => Promise<Response>) & { answer(request: ApiRequest): Promise<ApiAnswer> };

export class ApiResponse {
  constructor(
    readonly data: unknown,
    readonly status = 200,
  ) {}
}

export function apiRoute<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  route: string,
  options: Options<P, Q, B>,
  handler: (ctx: Context<P, Q, B>) => Promise<unknown>,
): ApiHandler {
  const answer = async (request: ApiRequest): Promise<ApiAnswer> => {
    const requestId = request.header("x-request-id") || randomUUID();
    const started = performance.now();
    let status = 500;
    try {
      const actor = await authenticate(request, requestId);
      if (options.scope === "write" && actor.scope !== "write") throw AppError.forbidden("this API token is read-only");
      const params = options.params ? parseInput(options.params, request.params, "path parameter") : undefined;
      const query = options.query ? parseInput(options.query, Object.fromEntries(request.searchParams), "query parameter") : undefined;
      const body = options.body ? parseInput(options.body, await readJson(request), "request body") : undefined;
      const result = await handler({
        actor,
        params,
        query,
        body,
        requestId,
        get request() {
          return request.next();
        },
      } as Context<P, Q, B>);
      // A handler that answers with something other than JSON (a YAML export) returns a Response.
      if (result instanceof Response) {
        status = result.status;
        result.headers.set("x-request-id", requestId);
        return result;
      }
      const response = result instanceof ApiResponse ? result : new ApiResponse(result);
      status = response.status;
      return json(response.status === 204 ? null : response.data, response.status, requestId);
    } catch (error) {
      const known = toAppError(error);
      if (!known) log.error({ err: error, requestId, route }, "unexpected error in API route");
      const appError = known ?? new AppError("internal", "something went wrong; quote the request id to an admin");
      status = appError.status;
      return json({ error: { code: appError.code, message: appError.message, issues: appError.issues, requestId } }, status, requestId);
    } finally {
      metrics.httpRequests.inc({ route, method: request.method, status });
      metrics.httpDuration.observe({ route, method: request.method }, (performance.now() - started) / 1000);
    }
  };
  const next = async (request: NextRequest, context: RouteContext) => {
    const result = await answer({
      method: request.method,
      header: (name) => request.headers.get(name),
      searchParams: request.nextUrl.searchParams,
      params: (await context?.params) ?? {},
      text: () => request.text(),
      next: () => request,
    });
    return result instanceof Response ? result : new Response(result.body, { status: result.status, headers: result.headers });
  };
  return Object.assign(next, { answer });
}

function json(data: unknown, status: number, requestId: string): ApiAnswer {
  if (status === 204) return { status, headers: { "x-request-id": requestId }, body: null };
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "x-request-id": requestId, "cache-control": "no-store" },
    body: JSON.stringify(data),
  };
}

async function readJson(request: ApiRequest): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "the request body is not valid JSON");
  }
}

async function authenticate(request: ApiRequest, requestId: string): Promise<Actor> {
  const header = request.header("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await authenticateToken(match[1]!, requestId) : null;
    if (!actor) throw new AppError("unauthorized", "the API token is missing, invalid, expired or revoked");
    return actor;
  }
  // The portal's own pages call the API with the session cookie. A cookie is sent by the
  // browser on cross-site requests too, so changes need a same-origin request.
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthorized", "send an API token as 'Authorization: Bearer <token>'");
  if (request.method !== "GET" && request.method !== "HEAD") {
    const origin = request.header("origin");
    if (!origin || new URL(origin).host !== request.header("host")) {
      throw AppError.forbidden("cross-site requests with a session cookie are refused; use an API token");
    }
  }
  return { ...actor, requestId };
}
