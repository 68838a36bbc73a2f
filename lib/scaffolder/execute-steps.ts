import "server-only";
// The step engine shared by real runs (run-task.ts, state in the database) and dry runs
// (dry-run-template.ts, state in memory): evaluate each step's `if` and input in the sandbox,
// validate the input with the action's schema, run it, validate its output, and finally
// evaluate the template's outputs. Errors name the step, and the expression when one failed.
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { getAction, sideEffectActions } from "./actions/registry";
import { describeError, evaluate, type ExpressionData } from "./expressions";
import { parseRepoUrl } from "./filters";
import { stepIdOf, type TemplateSpec } from "./template-spec";
import type { TemplateSource } from "./template-source";

export type StepStatus = "pending" | "running" | "succeeded" | "failed" | "skipped" | "cancelled";
export type Level = "info" | "warn" | "error";
export type TaskOutput = { links: { title: string; url: string; entityRef?: string }[]; text: { title: string; content: string }[] };

export type EngineHooks = {
  log: (stepId: string | null, message: string, level?: Level) => Promise<void>;
  stepStarted: (stepId: string) => Promise<void>;
  stepFinished: (stepId: string, status: StepStatus, result: { output?: unknown; error?: string }) => Promise<void>;
  checkpoints: (stepId: string) => Promise<Record<string, unknown>>;
  saveCheckpoint: (stepId: string, key: string, value: unknown) => Promise<void>;
  isCancelled: () => Promise<boolean>;
};

export type EngineInput = {
  taskId: string;
  spec: TemplateSpec;
  values: Record<string, unknown>;
  actor: Actor;
  portalUrl: string;
  workspace: string;
  template: TemplateSource;
  isDryRun: boolean;
  /** Outputs of steps that already succeeded (a retry starts after them). */
  previousOutputs: Record<string, unknown>;
  /** Steps to leave as they are (already succeeded or skipped). */
  done: ReadonlySet<string>;
  hooks: EngineHooks;
  signal?: AbortSignal;
};

export type EngineResult = { status: "succeeded" | "failed" | "cancelled"; error?: string; output?: TaskOutput };

class StepFailure extends Error {}

export function userData(actor: Actor) {
  const name = actor.email.split("@")[0]!.replace(/[^A-Za-z0-9._-]/g, "-") || "user";
  return { ref: `user:default/${name}`, entity: { metadata: { name, title: actor.name }, spec: { profile: { email: actor.email, displayName: actor.name } } } };
}

/** Evaluate, naming the first expression that fails. */
function evaluateNamed(value: unknown, data: ExpressionData, where: string): unknown {
  const visit = (v: unknown): unknown => {
    if (typeof v === "string" && v.includes("${{")) {
      try {
        return evaluate(v, data);
      } catch (error) {
        throw new StepFailure(`${where}: expression '${v.length > 200 ? `${v.slice(0, 200)}…` : v}' failed: ${describeError(error)}`);
      }
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const r = visit(x);
        if (r !== undefined) out[k] = r;
      }
      return out;
    }
    return v;
  };
  return visit(value);
}

function isTruthy(v: unknown): boolean {
  if (typeof v === "string") return v.trim() !== "" && v.trim().toLowerCase() !== "false";
  return Boolean(v);
}

/** What a side-effect action would have returned, so later steps' expressions still evaluate in a dry run. */
function dryRunOutput(action: string, input: Record<string, unknown>, portalUrl: string): Record<string, unknown> {
  let slug = "owner/repo";
  try {
    const r = parseRepoUrl(input.repoUrl);
    slug = `${r.owner}/${r.repo}`;
  } catch {}
  if (action.startsWith("publish:")) {
    const url = `${portalUrl}/dry-run/${slug}`;
    return { remoteUrl: url, cloneUrl: `${url}.git`, repoContentsUrl: `${url}/blob/main`, commitHash: "0000000" };
  }
  if (action === "catalog:register") return { entityRef: `component:default/${slug.split("/")[1]}`, catalogInfoUrl: String(input.catalogInfoUrl ?? input.repoContentsUrl ?? "") };
  return {};
}

export async function executeSteps(run: EngineInput): Promise<EngineResult> {
  const { hooks, spec } = run;
  const outputs: Record<string, { output: unknown }> = Object.fromEntries(Object.entries(run.previousOutputs).map(([k, v]) => [k, { output: v ?? {} }]));
  const data = () => ({ parameters: run.values, steps: outputs, user: userData(run.actor), secrets: {} });

  for (const [index, step] of spec.steps.entries()) {
    const id = stepIdOf(step, index);
    if (run.done.has(id)) continue;
    const label = `step '${id}'${step.name ? ` (${step.name})` : ""}`;
    if (await hooks.isCancelled()) {
      await hooks.stepFinished(id, "cancelled", { error: "cancelled before it started" });
      await hooks.log(null, "Cancelled.", "warn");
      return { status: "cancelled", error: "cancelled by a person" };
    }
    await hooks.stepStarted(id);
    await hooks.log(id, `Beginning ${label}: ${step.action}`);
    try {
      if (step.if !== undefined) {
        const condition = evaluateNamed(step.if, data(), `${label} 'if'`);
        if (!isTruthy(condition)) {
          await hooks.log(id, `Skipped: its 'if' is false`);
          outputs[id] = { output: {} };
          await hooks.stepFinished(id, "skipped", { output: {} });
          continue;
        }
      }
      const action = getAction(step.action);
      if (!action) throw new StepFailure(`${label}: unknown action '${step.action}'`);
      const rawInput = evaluateNamed(step.input ?? {}, data(), label) as Record<string, unknown>;
      const parsed = action.input.safeParse(rawInput);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new StepFailure(`${label}: invalid input for ${step.action}: ${issue.path.join(".") || "(input)"}: ${issue.message}`);
      }
      let output: unknown;
      if (run.isDryRun && sideEffectActions.has(step.action)) {
        await hooks.log(id, `Dry run: ${step.action} would run with ${JSON.stringify(parsed.data)}`);
        output = dryRunOutput(step.action, rawInput, run.portalUrl);
      } else {
        const stored = await hooks.checkpoints(id);
        const result = await action.handler({
          input: parsed.data,
          workspace: run.workspace,
          template: run.template,
          log: (message, level) => hooks.log(id, message, level),
          actor: run.actor,
          taskId: run.taskId,
          portalUrl: run.portalUrl,
          isDryRun: run.isDryRun,
          signal: run.signal ?? new AbortController().signal,
          checkpoint: async (key, fn) => {
            if (Object.prototype.hasOwnProperty.call(stored, key)) return stored[key] as never;
            const value = await fn();
            stored[key] = value;
            await hooks.saveCheckpoint(id, key, value === undefined ? null : value);
            return value;
          },
        });
        const checked = action.output.safeParse(result);
        if (!checked.success) throw new StepFailure(`${label}: ${step.action} returned an unexpected output: ${checked.error.issues[0]?.message}`);
        output = checked.data;
      }
      outputs[id] = { output };
      await hooks.stepFinished(id, "succeeded", { output });
      await hooks.log(id, `Finished ${label}`);
    } catch (error) {
      const message = error instanceof StepFailure ? error.message : `${label} failed: ${error instanceof AppError || error instanceof Error ? error.message : String(error)}`;
      if (await hooks.isCancelled()) {
        await hooks.stepFinished(id, "cancelled", { error: "cancelled while it ran" });
        await hooks.log(id, "Cancelled while the step ran.", "warn");
        return { status: "cancelled", error: "cancelled by a person" };
      }
      await hooks.stepFinished(id, "failed", { error: message });
      await hooks.log(id, message, "error");
      return { status: "failed", error: message };
    }
  }

  try {
    return { status: "succeeded", output: renderOutput(spec, data()) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await hooks.log(null, message, "error");
    return { status: "failed", error: message };
  }
}

function entityHref(ref: string): string | null {
  const m = /^([^:]+):([^/]+)\/(.+)$/.exec(ref.toLowerCase());
  return m ? `/catalog/${m[1]}/${encodeURIComponent(m[2]!)}/${encodeURIComponent(m[3]!)}` : null;
}

function renderOutput(spec: TemplateSpec, data: ExpressionData): TaskOutput {
  const out = (evaluateNamed(spec.output ?? {}, data, "the template's output") ?? {}) as { links?: Record<string, unknown>[]; text?: Record<string, unknown>[] };
  const links = (out.links ?? []).flatMap((l) => {
    const entityRef = typeof l.entityRef === "string" && l.entityRef ? l.entityRef : undefined;
    const url = typeof l.url === "string" && l.url ? l.url : entityRef ? entityHref(entityRef) : null;
    return url ? [{ title: String(l.title ?? url), url, ...(entityRef && { entityRef }) }] : [];
  });
  const text = (out.text ?? []).map((t) => ({ title: String(t.title ?? ""), content: String(t.content ?? "") }));
  return { links, text };
}
