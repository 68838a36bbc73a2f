// @ts-check
// The HTTP handler of ${{ values.name }}: a health endpoint for probes and a small JSON API.
import { createServer } from "node:http";

export const SERVICE = "${{ values.name }}";

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
export function handle(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  const send = (/** @type {number} */ status, /** @type {unknown} */ body) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  };
  if (req.method === "GET" && url.pathname === "/healthz") return send(200, { status: "ok" });
  if (req.method === "GET" && url.pathname === "/") return send(200, { service: SERVICE, description: "${{ values.description }}" });
  return send(404, { error: "not found" });
}

export function createApp() {
  return createServer(handle);
}
