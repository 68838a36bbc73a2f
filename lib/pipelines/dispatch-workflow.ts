import "server-only";
// The dispatch form: the entity's workflows that have a workflow_dispatch trigger, with their
// inputs read from the workflow file; and dispatching one, checked against those inputs.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { githubFor } from "../integrations/github/connect";
import { getEntityRepository, type EntityRepository } from "./entity-repository";
import { assertMayOperate } from "./pipeline-access";
import type { DispatchInput, WorkflowInput } from "./schemas";
import { dispatchInputsOf } from "./workflow-inputs";

export type DispatchableWorkflow = { id: number; name: string; file: string; inputs: WorkflowInput[] };

function connected(repo: EntityRepository) {
  if (!repo.owner || !repo.name) throw new AppError("validation", `${repo.entityRef} has no github.com/project-slug annotation`);
  if (!repo.integrationId) throw new AppError("unavailable", "GitHub is not connected");
  return { ref: { owner: repo.owner, repo: repo.name }, integrationId: repo.integrationId };
}

export async function listDispatchableWorkflows(_actor: Actor, entity: string): Promise<DispatchableWorkflow[]> {
  const repo = await getEntityRepository(entity);
  const { ref, integrationId } = connected(repo);
  const github = await githubFor(integrationId);
  const workflows = await github.listWorkflows(ref);
  const out: DispatchableWorkflow[] = [];
  for (const w of workflows.filter((x) => x.state === "active")) {
    const source = await github.readFile({ ...ref, path: w.path }).then((f) => f.content).catch(() => null);
    const inputs = source === null ? null : dispatchInputsOf(source);
    if (inputs) out.push({ id: w.id, name: w.name, file: w.path.split("/").pop()!, inputs });
  }
  return out;
}

export async function dispatchWorkflow(actor: Actor, input: DispatchInput, audit: { action: string; after?: Record<string, unknown> } = { action: "pipeline.dispatch" }) {
  const repo = await getEntityRepository(input.entity);
  await assertMayOperate(actor, repo.entityRef, "dispatch workflows");
  const { ref, integrationId } = connected(repo);
  const workflow = (await listDispatchableWorkflows(actor, input.entity)).find((w) => w.file === input.workflow || w.name === input.workflow);
  if (!workflow) throw new AppError("validation", `${repo.slug} has no workflow '${input.workflow}' that can be dispatched (it needs a workflow_dispatch trigger)`, [{ path: "workflow", message: "no such dispatchable workflow" }]);
  const issues = workflow.inputs.flatMap((i) => {
    const value = input.inputs[i.name] ?? i.default ?? "";
    if (i.required && !value) return [{ path: `inputs.${i.name}`, message: `${i.name} is required` }];
    if (i.type === "choice" && value && !i.options.includes(value)) return [{ path: `inputs.${i.name}`, message: `one of ${i.options.join(", ")}` }];
    return [];
  });
  if (issues.length) throw new AppError("validation", `invalid inputs for ${workflow.file}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  const known = Object.fromEntries(workflow.inputs.filter((i) => input.inputs[i.name] !== undefined).map((i) => [i.name, input.inputs[i.name]!]));
  await (await githubFor(integrationId)).dispatchWorkflow(ref, workflow.file, input.ref, known);
  await recordAudit(db, actor, { action: audit.action, targetType: "entity", targetId: repo.entityRef, targetLabel: `${repo.slug} ${workflow.file}@${input.ref}`, after: { workflow: workflow.file, ref: input.ref, inputs: known, ...audit.after } });
  return { workflow: workflow.file, ref: input.ref, inputs: known };
}
