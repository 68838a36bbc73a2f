// `npm run dev:github`: a simulated GitHub with the demo organisation, webhooks pointed at a
// local portal, so every GitHub feature can be tried offline.
//
// Environment:
//   GITHUB_SIM_PORT        port to listen on (default 3999; 0 for any)
//   GITHUB_SIM_FIXTURE     fixture file (default tools/github-sim/fixtures/demo.json)
//   FLIGHTDECK_URL         the portal (default http://127.0.0.1:3000); webhooks go to its
//                          /api/webhooks/github?integration=<name>
//   GITHUB_SIM_WEBHOOK_SECRET  webhook secret (default flightdeck-dev-webhook-secret)
//   FLIGHTDECK_API_TOKEN   when set, the GitHub integration is registered in the portal through
//                          POST /api/v1/integrations; otherwise its settings are printed.
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startGithubSim } from "./index.ts";

const INTEGRATION = "github-sim";
const portal = (process.env.FLIGHTDECK_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
const secret = process.env.GITHUB_SIM_WEBHOOK_SECRET ?? "flightdeck-dev-webhook-secret";

const sim = await startGithubSim({ fixture: process.env.GITHUB_SIM_FIXTURE, port: Number(process.env.GITHUB_SIM_PORT ?? 3999) });
sim.control.setWebhookTarget(`${portal}/api/webhooks/github?integration=${INTEGRATION}`, secret);
const keyFile = path.join(os.tmpdir(), `github-sim-app-${sim.app.id}.pem`);
await writeFile(keyFile, sim.app.privateKey, { mode: 0o600 });

const integration = { kind: "github", name: INTEGRATION, baseUrl: sim.url, org: "acme", webhookSecret: secret, auth: "token", token: sim.tokens.admin };

async function register(): Promise<string> {
  const apiToken = process.env.FLIGHTDECK_API_TOKEN;
  if (!apiToken) return "set FLIGHTDECK_API_TOKEN to register it in the portal automatically";
  try {
    const res = await fetch(`${portal}/api/v1/integrations`, { method: "POST", headers: { authorization: `Bearer ${apiToken}`, "content-type": "application/json" }, body: JSON.stringify(integration) });
    return res.ok ? `registered in ${portal} as "${INTEGRATION}"` : `portal answered ${res.status}: ${await res.text()}`;
  } catch (error) {
    return `portal not reachable at ${portal} (${(error as Error).message})`;
  }
}

console.log(`
GitHub simulator listening on ${sim.url}
  REST API (Octokit baseUrl)  ${sim.url}
  git                         ${sim.url}/acme/<repo>.git   (basic auth: any user, token as password)
  admin token                 ${sim.tokens.admin}
  read-only token             ${sim.tokens.readOnly}
  GitHub App                  id ${sim.app.id}, installation ${sim.app.installations.map((i) => `${i.id} (${i.account})`).join(", ")}, key ${keyFile}
  webhooks                    -> ${portal}/api/webhooks/github?integration=${INTEGRATION} (secret "${secret}")
  integration                 ${await register()}

Drive it (the control API):
  curl -XPOST ${sim.url}/_sim/push -d '{"repo":"acme/payments-api","files":{"README.md":"hello"}}'
  curl -XPOST ${sim.url}/_sim/runs/advance -d '{"repo":"acme/payments-api","runId":<id>,"to":"in_progress"}'
  curl -XPOST ${sim.url}/_sim/runs/advance -d '{"repo":"acme/payments-api","runId":<id>,"to":"completed","conclusion":"failure"}'
  curl -XPOST ${sim.url}/_sim/deployments/status -d '{"repo":"acme/payments-api","deploymentId":<id>,"state":"success"}'
  curl -XPOST ${sim.url}/_sim/fail -d '{"pattern":"^/repos/","status":502,"times":3}'
  curl -XPOST ${sim.url}/_sim/rate-limit -d '{"resetInSeconds":60}'
  curl ${sim.url}/_sim/deliveries
  curl -XPOST ${sim.url}/_sim/reset
`);

const shutdown = () => void sim.stop().then(() => process.exit(0));
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
