import "server-only";
import { z } from "zod";
import { listWorkspaceFiles } from "../workspace";
import { defineAction } from "./define-action";

export const debugLog = defineAction({
  id: "debug:log",
  description: "Write a message to the task log, and optionally the workspace's files.",
  input: z.object({ message: z.string().optional(), listWorkspace: z.boolean().optional(), extra: z.unknown().optional() }),
  output: z.object({}),
  async handler({ input, log, workspace }) {
    if (input.message) await log(input.message);
    if (input.extra !== undefined) await log(JSON.stringify(input.extra));
    if (input.listWorkspace) for (const f of await listWorkspaceFiles(workspace)) await log(`  ${f}`);
    return {};
  },
});
