// A GitHub simulator wired to this process like production: its signed webhooks go to the real
// route handler (behind a small HTTP server) and an in-process worker handles the jobs.
import { connectSim, receiveWebhooks, WEBHOOK_SECRET, type Connected } from "../../catalog/github/test-sim";
import { githubFor } from "../../integrations/github/connect";
import { runWorker } from "../../jobs/run-worker";
import { unique } from "../../test/fixtures";

export type SimPortal = Connected & { stop(): Promise<void>; newRepo(name: string, files?: Record<string, string>): Promise<string> };

export const CI_WORKFLOW = "name: CI\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n";
export const DEPLOY_WORKFLOW =
  "name: Deploy\non:\n  workflow_dispatch:\n    inputs:\n      version:\n        description: Version to deploy\n        required: true\n      environment:\n        type: choice\n        options: [production, staging]\n        default: production\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy\n";

export async function startSimPortal(): Promise<SimPortal> {
  const c = await connectSim();
  const receiver = await receiveWebhooks();
  const target = `${receiver.url}?integration=${c.integrationName}`;
  c.sim.control.setWebhookTarget(target, WEBHOOK_SECRET);
  const worker = new AbortController();
  const done = runWorker({ workerId: unique("pipelines-worker"), signal: worker.signal, pollMs: 200 });
  return {
    ...c,
    async newRepo(name, files = { ".github/workflows/ci.yml": CI_WORKFLOW, ".github/workflows/deploy.yml": DEPLOY_WORKFLOW }) {
      await (await githubFor(c.integrationId)).createRepo({ org: "acme", name, isPrivate: false });
      // Workflow files first, with the webhook off: that push's runs are not what a test watches.
      c.sim.control.setWebhookTarget(null, WEBHOOK_SECRET);
      await c.sim.control.push(`acme/${name}`, files, "Add workflows");
      for (const r of c.sim.control.runs(`acme/${name}`)) await c.sim.control.advanceRun(`acme/${name}`, r.id, "completed", "success");
      c.sim.control.setWebhookTarget(target, WEBHOOK_SECRET);
      return `acme/${name}`;
    },
    async stop() {
      worker.abort();
      await done;
      receiver.close();
      await c.sim.stop();
    },
  };
}
