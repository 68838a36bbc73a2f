import "server-only";
import { z } from "zod";
import { githubForHost } from "../github-host";
import { parseRepoUrl } from "../filters";
import { defineAction } from "./define-action";

export const githubActionsDispatch = defineAction({
  id: "github:actions:dispatch",
  description: "Start a GitHub Actions workflow (workflow_dispatch) on a branch or tag.",
  input: z.object({
    repoUrl: z.string().min(1),
    workflowId: z.union([z.string().min(1), z.number().int()]),
    branchOrTagName: z.string().min(1),
    workflowInputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  }),
  output: z.object({}),
  async handler({ input, log }) {
    const { host, owner, repo } = parseRepoUrl(input.repoUrl);
    const { github } = await githubForHost(host);
    const inputs = Object.fromEntries(Object.entries(input.workflowInputs).map(([k, v]) => [k, String(v)]));
    await github.dispatchWorkflow({ owner, repo }, input.workflowId, input.branchOrTagName, inputs);
    await log(`Dispatched workflow ${input.workflowId} of ${owner}/${repo} on ${input.branchOrTagName}`);
    return {};
  },
});
