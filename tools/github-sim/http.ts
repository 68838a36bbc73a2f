// Routing, errors and pagination shared by every route file, shaped like GitHub's REST API.
import type { IncomingHttpHeaders } from "node:http";
import type { SimState, Token } from "./state.ts";

export const DOCS = "https://docs.github.com/rest";

export type Auth = { kind: "none" } | { kind: "token"; token: Token } | { kind: "app"; appId: number };

export type SerializeHook = (kind: string, value: Record<string, unknown>) => Record<string, unknown>;
export type Fault = { pattern: RegExp; status: number; remaining: number };
export type Delivery = { id: string; event: string; action?: string; status: number | null; error?: string; payload: Record<string, unknown> };

// Everything a handler may touch: one per running simulator.
export type Sim = {
  state: SimState;
  base: string;
  hooks: { serialize?: SerializeHook };
  faults: Fault[];
  rate: { limit: number; used: Map<string, number>; reset: number; exhaustedUntil: number };
  webhook: { url: string; secret: string } | null;
  deliveries: Delivery[];
  logKey: string;
};

export type Ctx = {
  sim: Sim;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  auth: Auth;
  params: Record<string, string>;
};

export type Reply = { status: number; body?: unknown; headers?: Record<string, string>; text?: string };
export type Handler = (ctx: Ctx) => Promise<Reply> | Reply;
export type Route = { method: string; regex: RegExp; keys: string[]; handler: Handler };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { errors?: unknown[]; documentation_url?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }

  // GitHub's error body: message, documentation_url, and (since 2023) the status as a string.
  body(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
      documentation_url: this.extra.documentation_url ?? DOCS,
      status: String(this.status),
    };
  }
}

export const notFound = () => new HttpError(404, "Not Found");
export const validationFailed = (errors: unknown[] = [], message = "Validation Failed") => new HttpError(422, message, { errors });

// "{name}" matches one segment, "{name+}" the rest of the path (contents paths, ref names).
export function route(method: string, template: string, handler: Handler): Route {
  const keys: string[] = [];
  const source = template.replace(/[.]/g, "\\.").replace(/\{(\w+)(\+?)\}/g, (_m, key: string, greedy: string) => {
    keys.push(key);
    return greedy ? "(.*)" : "([^/]+)";
  });
  return { method, regex: new RegExp(`^${source}/?$`), keys, handler };
}

export function match(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | "method" | null {
  let pathMatched = false;
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1] ?? "")));
    return { route: r, params };
  }
  return pathMatched ? "method" : null;
}

export function pageParams(ctx: Ctx): { perPage: number; page: number } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get("per_page")) || 30));
  const page = Math.max(1, Number(ctx.query.get("page")) || 1);
  return { perPage, page };
}

// GitHub paginates with page/per_page and a Link header carrying first/prev/next/last.
export function paginate<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
  const { perPage, page } = pageParams(ctx);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set("per_page", String(perPage));
    q.set("page", String(p));
    return `<${ctx.sim.base}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(", ") } : {} };
}

export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString().replace(/\.\d{3}Z$/, "Z") : null);
export const nodeId = (kind: string, id: number | string) => Buffer.from(`0${kind.length}:${kind}${id}`).toString("base64");
