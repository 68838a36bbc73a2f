// The workflow_dispatch inputs a workflow file declares, for the dispatch form.
import { parse } from "yaml";
import type { WorkflowInput } from "./schemas";

const types = new Set(["string", "choice", "boolean", "number", "environment"]);

/** null when the workflow cannot be dispatched (no workflow_dispatch trigger). */
export function dispatchInputsOf(source: string): WorkflowInput[] | null {
  let doc: Record<string, unknown> | null;
  try {
    doc = parse(source) as Record<string, unknown> | null;
  } catch {
    return null;
  }
  // YAML 1.1 readers turn a bare `on:` key into `true`.
  const on = doc?.on ?? doc?.true;
  if (on === "workflow_dispatch" || (Array.isArray(on) && on.includes("workflow_dispatch"))) return [];
  if (!on || typeof on !== "object" || !("workflow_dispatch" in on)) return null;
  const inputs = ((on as Record<string, unknown>).workflow_dispatch as { inputs?: Record<string, Record<string, unknown>> } | null)?.inputs ?? {};
  return Object.entries(inputs).map(([name, spec]) => ({
    name,
    description: typeof spec?.description === "string" ? spec.description : null,
    type: (types.has(String(spec?.type)) ? String(spec?.type) : "string") as WorkflowInput["type"],
    required: spec?.required === true,
    default: spec?.default === undefined || spec?.default === null ? null : String(spec.default),
    options: Array.isArray(spec?.options) ? spec.options.map(String) : [],
  }));
}
