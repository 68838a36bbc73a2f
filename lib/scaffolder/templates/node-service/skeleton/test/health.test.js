// Runs with node's own test runner: `npm test` needs no install.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createApp } from "../src/app.js";

let base = "";
const server = createApp();
before(async () => {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test("the health endpoint answers ok", async () => {
  const res = await fetch(`${base}/healthz`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: "ok" });
});

test("the root names the service", async () => {
  const res = await fetch(`${base}/`);
  assert.equal((await res.json()).service, "${{ values.name }}");
});

test("unknown paths are 404", async () => {
  assert.equal((await fetch(`${base}/nope`)).status, 404);
});
