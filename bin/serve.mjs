// @ts-check
// The production web server, run by `flightdeck start` in place of `next start`: Next.js's
// request handler on a plain node:http server. Each request is first offered to the direct
// server that instrumentation.ts registers (lib/api/direct.ts: the catalog's hot reads with an
// API token); whatever it leaves goes to Next.js. Usage: node bin/serve.mjs --port 3000 --hostname 0.0.0.0
import http from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "0.0.0.0" } } });
const { hostname } = values;
const port = Number(values.port);
const app = next({ dev: false, dir: fileURLToPath(new URL("..", import.meta.url)), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const DIRECT_SERVER = Symbol.for("flightdeck.directServer");
const server = http.createServer((req, res) => {
  // Read per request: instrumentation's register() may finish after the first request.
  /** @type {((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | undefined} */
  const direct = /** @type {any} */ (globalThis)[DIRECT_SERVER];
  if (!direct?.(req, res)) void handle(req, res);
});
// Longer than the usual load balancer's idle timeout, so it never reuses a closed connection.
server.keepAliveTimeout = 75_000;
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname}:${port}`));

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
