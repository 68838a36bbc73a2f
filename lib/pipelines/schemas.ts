// zod schemas at the pipelines' boundaries (REST query strings, bodies, responses).
import { z } from "zod";

export const listRunsQuerySchema = z.object({
  entity: z.string().trim().min(1).max(300).describe("entity ref with a github.com/project-slug annotation"),
  workflow: z.string().trim().min(1).max(200).optional().describe("workflow name"),
  branch: z.string().trim().min(1).max(250).optional(),
  status: z.enum(["queued", "in_progress", "success", "failure", "cancelled"]).optional(),
  take: z.coerce.number().int().min(1).max(100).default(30),
});
export type ListRunsQuery = z.infer<typeof listRunsQuerySchema>;

export const runIdParamsSchema = z.object({ id: z.string().min(1).max(40) });
export const rerunBodySchema = z.object({ failedOnly: z.boolean().default(false) });

export const dispatchBodySchema = z.object({
  entity: z.string().trim().min(1).max(300),
  workflow: z.string().trim().min(1).max(200).describe("workflow file name, e.g. deploy.yml"),
  ref: z.string().trim().min(1).max(250).describe("branch or tag"),
  inputs: z.record(z.string(), z.string().max(1000)).default({}),
});
export type DispatchInput = z.infer<typeof dispatchBodySchema>;

export const orgPipelinesQuerySchema = z.object({
  days: z.coerce.number().int().pipe(z.union([z.literal(7), z.literal(30), z.literal(90)])).default(30),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const runSummarySchema = z.object({
  id: z.string(),
  githubId: z.string(),
  workflowName: z.string(),
  runNumber: z.number(),
  attempt: z.number(),
  event: z.string(),
  status: z.string(),
  conclusion: z.string().nullable(),
  branch: z.string().nullable(),
  headSha: z.string(),
  title: z.string().nullable(),
  actor: z.string().nullable(),
  htmlUrl: z.string(),
  runCreatedAt: z.date(),
  durationMs: z.number().nullable(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const repoStateSchema = z.object({
  state: z.enum(["ok", "no-repository", "not-connected", "no-access"]),
  slug: z.string().nullable(),
  message: z.string().nullable(),
});

export const runListSchema = z.object({
  repository: repoStateSchema,
  items: z.array(runSummarySchema),
  workflows: z.array(z.string()),
  branches: z.array(z.string()),
  active: z.boolean(),
  canOperate: z.boolean(),
});

export const stepSchema = z.object({ name: z.string(), number: z.number(), status: z.string(), conclusion: z.string().nullable(), startedAt: z.string().nullable(), completedAt: z.string().nullable() });
export const jobSchema = z.object({
  id: z.string(),
  name: z.string(),
  attempt: z.number(),
  status: z.string(),
  conclusion: z.string().nullable(),
  startedAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  htmlUrl: z.string().nullable(),
  steps: z.array(stepSchema),
});
export const runDetailSchema = runSummarySchema.extend({ entityRef: z.string().nullable(), jobs: z.array(jobSchema), canOperate: z.boolean() });
export type RunDetail = z.infer<typeof runDetailSchema>;

export const workflowInputSchema = z.object({
  name: z.string(),
  description: z.string().nullable(),
  type: z.enum(["string", "choice", "boolean", "number", "environment"]),
  required: z.boolean(),
  default: z.string().nullable(),
  options: z.array(z.string()),
});
export type WorkflowInput = z.infer<typeof workflowInputSchema>;
export const dispatchableWorkflowSchema = z.object({ id: z.number(), name: z.string(), file: z.string(), inputs: z.array(workflowInputSchema) });
