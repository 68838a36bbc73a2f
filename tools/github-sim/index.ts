// Programmatic entry: start a GitHub simulator on 127.0.0.1 for a test or for `npm run dev:github`.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { makeControl, controlRoutes, type Control } from "./control.ts";
import { loadFixture, type Fixture } from "./fixture.ts";
import type { SerializeHook, Sim } from "./http.ts";
import { actionsRoutes } from "./routes/actions.ts";
import { appRoutes } from "./routes/app.ts";
import { gitDataRoutes } from "./routes/git-data.ts";
import { orgRoutes } from "./routes/orgs.ts";
import { repoExtraRoutes } from "./routes/repo-extras.ts";
import { repoRoutes } from "./routes/repos.ts";
import { seed, triggerPushWorkflows } from "./seed.ts";
import { createSimServer } from "./server.ts";
import { SimState, type AppInfo } from "./state.ts";

export type { Fixture } from "./fixture.ts";
export type { Control } from "./control.ts";

export type SimHandle = {
  url: string;
  app: { id: number; privateKey: string; slug: string; installations: { id: number; account: string }[] };
  tokens: { admin: string; readOnly: string };
  control: Control;
  stop(): Promise<void>;
};

export type SimOptions = {
  fixture?: Fixture | string;
  port?: number;
  // For contract tests only: rewrite a serialized shape (kind = schema name, e.g. "repository").
  serialize?: SerializeHook;
};

const ALL_SCOPES = ["repo", "workflow", "admin:org", "read:org", "write:org", "user", "read:user", "admin:repo_hook", "delete_repo", "security_events"];
const READ_ONLY_SCOPES = ["read:org", "read:user"];

export async function startGithubSim(options: SimOptions = {}): Promise<SimHandle> {
  const fixture = await loadFixture(options.fixture);
  const root = await mkdtemp(path.join(os.tmpdir(), "github-sim-"));
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });
  const appFixture = fixture.app ?? { id: 4242, slug: "flightdeck-sim", name: "Flightdeck (simulated)", installations: fixture.orgs.map((o, i) => ({ id: 5000 + i, account: o.login })) };
  const app: AppInfo = { ...appFixture, publicKey, privateKey, installations: appFixture.installations.map((i) => ({ ...i, createdAt: new Date(Date.UTC(2024, 0, 1)) })) };
  const tokens = {
    admin: fixture.tokens.admin ?? `ghp_simadmin${randomBytes(12).toString("hex")}`,
    readOnly: fixture.tokens.readOnly ?? `ghp_simread${randomBytes(12).toString("hex")}`,
  };

  const sim: Sim = {
    state: new SimState(path.join(root, "repos"), "", app),
    base: "",
    hooks: { serialize: options.serialize },
    faults: [],
    rate: { limit: fixture.rateLimit.limit, used: new Map(), reset: Math.ceil(Date.now() / 1000) + 3600, exhaustedUntil: 0 },
    webhook: null,
    deliveries: [],
    logKey: randomBytes(16).toString("hex"),
  };

  // Requests wait for (re)seeding, so control.reset() can stay synchronous for callers.
  let seeding: Promise<void> = Promise.resolve();
  const reseed = () => {
    sim.faults.length = 0;
    sim.rate.exhaustedUntil = 0;
    sim.rate.used.clear();
    sim.webhook = null;
    seeding = seeding.then(async () => {
      const state = await seed(sim, fixture, app);
      const viewer = state.viewer;
      state.tokens.set(tokens.admin, { kind: "pat", token: tokens.admin, login: viewer, scopes: ALL_SCOPES });
      state.tokens.set(tokens.readOnly, { kind: "pat", token: tokens.readOnly, login: viewer, scopes: READ_ONLY_SCOPES });
      sim.deliveries.length = 0;
    });
  };

  const control = makeControl(() => sim, reseed);
  const withReady = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A) => {
    await seeding;
    return fn(...a);
  };
  const readyControl: Control = { ...control, push: withReady(control.push), advanceRun: withReady(control.advanceRun), createDeploymentStatus: withReady(control.createDeploymentStatus) };

  const server = createSimServer({
    sim,
    routes: [...orgRoutes, ...appRoutes, ...repoRoutes, ...gitDataRoutes, ...actionsRoutes, ...repoExtraRoutes],
    control: controlRoutes(readyControl, () => sim),
    ready: () => seeding,
    onPush: (repo, ref) => triggerPushWorkflows(sim, repo, ref, sim.state.viewer),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  sim.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  reseed();
  try {
    await seeding;
  } catch (error) {
    server.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }

  return {
    url: sim.base,
    app: { id: app.id, privateKey, slug: app.slug, installations: app.installations.map(({ id, account }) => ({ id, account })) },
    tokens,
    control: readyControl,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await seeding.catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}
