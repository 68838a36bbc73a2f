import "server-only";
// A dry run: the real fetch steps into a temporary workspace, every side effect (publish,
// register, dispatch, notify) only logged, and the files that would be published returned.
// Nothing is stored and the workspace is removed afterwards.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";
import { executeSteps, type Level, type StepStatus } from "./execute-steps";
import type { LoadedTemplate } from "./get-template";
import type { DryRunResult } from "./schemas";
import { stepIdOf } from "./template-spec";
import { isBinary, readWorkspaceFiles } from "./workspace";

const MAX_FILES = 500;

export async function dryRunTemplate(actor: Actor, template: LoadedTemplate, values: Record<string, unknown>, portalUrl: string): Promise<DryRunResult> {
  const workspace = await fs.mkdtemp(path.join(os.tmpdir(), "scaffolder-dry-run-"));
  const steps = template.spec.steps.map((s, i) => ({ id: stepIdOf(s, i), name: s.name ?? stepIdOf(s, i), action: s.action, status: "pending" as StepStatus }));
  const log: { stepId: string | null; level: Level; message: string }[] = [];
  const checkpoints = new Map<string, Record<string, unknown>>();
  try {
    const result = await executeSteps({
      taskId: "dry-run",
      spec: template.spec,
      values,
      actor,
      portalUrl,
      workspace,
      template: template.source,
      isDryRun: true,
      previousOutputs: {},
      done: new Set(),
      hooks: {
        log: async (stepId, message, level = "info") => void log.push({ stepId, level, message }),
        stepStarted: async (id) => void (steps.find((s) => s.id === id)!.status = "running"),
        stepFinished: async (id, status) => void (steps.find((s) => s.id === id)!.status = status),
        checkpoints: async (id) => checkpoints.get(id) ?? checkpoints.set(id, {}).get(id)!,
        saveCheckpoint: async () => undefined,
        isCancelled: async () => false,
      },
    });
    const files = (await readWorkspaceFiles(workspace)).slice(0, MAX_FILES).map((f) => {
      const binary = isBinary(f.content);
      return { path: f.path, content: f.content.toString(binary ? "base64" : "utf8"), encoding: binary ? ("base64" as const) : ("utf8" as const), size: f.content.length, executable: f.executable };
    });
    return { dryRun: true, status: result.status, error: result.error ?? null, files, steps, log, output: result.output ?? null };
  } finally {
    await fs.rm(workspace, { recursive: true, force: true });
  }
}
