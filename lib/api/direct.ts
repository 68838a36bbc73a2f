// The catalog's hot reads, answered without Next.js's router. The production server
// (bin/serve.mjs) offers every request here first: a GET with an API token to one of the listed
// routes runs the very route handler Next.js would run (same authentication, validation, errors
// and metrics) on the plain request (ApiRequest in lib/api/route.ts), without Next's routing and
// without web Request/Response objects, which together cost several times the query's CPU.
// Everything else (pages, calls with the session cookie, which need Next's request context,
// and every write) goes to Next.js.
import type { IncomingMessage, ServerResponse } from "node:http";
import { NextRequest } from "next/server";
import type { ApiAnswer, ApiRequest } from "./route";

type Params = Record<string, string>;
export type DirectRoute = { answer(request: ApiRequest): Promise<ApiAnswer> };
/** Takes the request and answers it (true), or leaves it to Next.js (false). */
export type DirectServer = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Where bin/serve.mjs finds the direct server that instrumentation.ts registers. */
export const DIRECT_SERVER = Symbol.for("flightdeck.directServer");

/**
 * A direct server for GET routes given as Next.js paths ("/api/v1/entities/[kind]/[name]")
 * and their exported GET handlers (apiRoute's).
 */
export function directServer(routes: Record<string, DirectRoute>): DirectServer {
  const table = Object.entries(routes).map(([pattern, route]) => ({ segments: pattern.split("/"), route }));
  return (req, res) => {
    if (req.method !== "GET" || !req.headers.authorization || !req.url?.startsWith("/")) return false;
    const query = req.url.indexOf("?");
    const parts = (query < 0 ? req.url : req.url.slice(0, query)).split("/");
    for (const { segments, route } of table) {
      const params = match(segments, parts);
      if (!params) continue;
      const request: ApiRequest = {
        method: "GET",
        header: (name) => headerOf(req, name),
        searchParams: new URLSearchParams(query < 0 ? "" : req.url.slice(query + 1)),
        params,
        text: async () => "", // a GET has no body
        next: () => new NextRequest(`http://${req.headers.host ?? "localhost"}${req.url}`, { headers: headersOf(req) }),
      };
      void send(route.answer(request), res);
      return true;
    }
    return false;
  };
}

/** The route's parameters when the path's segments fit the pattern's, else null. */
export function match(segments: string[], parts: string[]): Params | null {
  if (segments.length !== parts.length) return null;
  const params: Params = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const part = parts[i]!;
    if (segment.startsWith("[")) {
      if (!part) return null;
      try {
        params[segment.slice(1, -1)] = decodeURIComponent(part);
      } catch {
        return null; // malformed percent-encoding: Next.js answers it
      }
    } else if (segment !== part) return null;
  }
  return params;
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (value) for (const v of value) headers.append(name, v);
  }
  return headers;
}

async function send(pending: Promise<ApiAnswer>, res: ServerResponse) {
  try {
    const answer = await pending;
    if (answer instanceof Response) {
      const body = Buffer.from(await answer.arrayBuffer());
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => (headers[name] = value));
      res.writeHead(answer.status, { ...headers, "content-length": body.length }).end(body);
    } else {
      res.writeHead(answer.status, answer.body === null ? answer.headers : { ...answer.headers, "content-length": Buffer.byteLength(answer.body) });
      res.end(answer.body ?? undefined);
    }
  } catch {
    // apiRoute answers every error itself; this is only the socket or the body failing.
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ error: { code: "internal", message: "something went wrong" } }));
  }
}
