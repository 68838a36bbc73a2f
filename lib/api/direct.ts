// The catalog's hot reads, answered without Next.js's router. The production server
// (bin/serve.mjs) offers every request here first: a GET with an API token to one of the listed
// routes runs the very route handler Next.js would run (same authentication, validation, errors
// and metrics), minus Next's routing and response streaming, which cost ~1.5 ms of CPU per
// request against ~0.1 ms for the query. Everything else (pages, calls with the session
// cookie, which need Next's request context, and every write) goes to Next.js.
import type { IncomingMessage, ServerResponse } from "node:http";
import { NextRequest } from "next/server";

type Params = Record<string, string>;
export type RouteHandler = (request: NextRequest, context: { params: Promise<Params> }) => Promise<Response>;
/** Takes the request and answers it (true), or leaves it to Next.js (false). */
export type DirectServer = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Where bin/serve.mjs finds the direct server that instrumentation.ts registers. */
export const DIRECT_SERVER = Symbol.for("flightdeck.directServer");

/**
 * A direct server for GET routes given as Next.js paths ("/api/v1/entities/[kind]/[name]")
 * and their exported GET handlers.
 */
export function directServer(routes: Record<string, RouteHandler>): DirectServer {
  const table = Object.entries(routes).map(([pattern, handler]) => ({ segments: pattern.split("/"), handler }));
  return (req, res) => {
    if (req.method !== "GET" || !req.headers.authorization || !req.url?.startsWith("/")) return false;
    const query = req.url.indexOf("?");
    const parts = (query < 0 ? req.url : req.url.slice(0, query)).split("/");
    for (const { segments, handler } of table) {
      const params = match(segments, parts);
      if (!params) continue;
      let request: NextRequest;
      try {
        request = new NextRequest(`http://${req.headers.host ?? "localhost"}${req.url}`, { headers: headersOf(req) });
      } catch {
        return false; // a URL or header the web Request refuses: Next.js answers it
      }
      void answer(handler(request, { params: Promise.resolve(params) }), res);
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

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (value) for (const v of value) headers.append(name, v);
  }
  return headers;
}

async function answer(pending: Promise<Response>, res: ServerResponse) {
  try {
    const response = await pending;
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    res.writeHead(response.status, { ...headers, "content-length": body.length }).end(body);
  } catch {
    // apiRoute answers every error itself; this is only the socket or the body failing.
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ error: { code: "internal", message: "something went wrong" } }));
  }
}
