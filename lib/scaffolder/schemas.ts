// zod schemas at the scaffolder's boundaries (REST bodies and answers, the CLI, server actions);
// lib/api/openapi.ts documents them.
import { z } from "zod";

export const taskStatusSchema = z.enum(["queued", "running", "succeeded", "failed", "cancelled"]);
export const stepStatusSchema = z.enum(["pending", "running", "succeeded", "failed", "skipped", "cancelled"]);

export const createTaskSchema = z.object({
  templateRef: z.string().trim().min(1).max(300).describe("template:[namespace/]name, e.g. template:default/node-service"),
  values: z.record(z.string(), z.unknown()).default({}).describe("the template's parameters, checked against its JSON Schemas"),
  dryRun: z.boolean().default(false).describe("render the files and return them; publish, register and notify nothing"),
});
export type CreateTaskInput = z.input<typeof createTaskSchema>;

export const taskIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const listTasksQuerySchema = z.object({
  mine: z.enum(["true", "false"]).optional().describe("only tasks you started (admins and platform engineers see everyone's otherwise)"),
  templateRef: z.string().trim().min(1).max(300).optional(),
  status: taskStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListTasksQuery = z.input<typeof listTasksQuerySchema>;

const outputSchema = z.object({
  links: z.array(z.object({ title: z.string(), url: z.string(), entityRef: z.string().optional() })),
  text: z.array(z.object({ title: z.string(), content: z.string() })),
});

export const taskStepSchema = z.object({
  id: z.string(),
  name: z.string(),
  action: z.string(),
  status: stepStatusSchema,
  error: z.string().nullable(),
  output: z.unknown().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const taskSummarySchema = z.object({
  id: z.string(),
  templateRef: z.string(),
  templateTitle: z.string(),
  status: taskStatusSchema,
  error: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const taskSchema = taskSummarySchema.extend({
  values: z.record(z.string(), z.unknown()),
  steps: z.array(taskStepSchema),
  output: outputSchema.nullable(),
  cancelRequested: z.boolean(),
  startedAt: z.string().nullable(),
  canManage: z.boolean().describe("whether you may cancel or retry it"),
});
export type TaskView = z.infer<typeof taskSchema>;

export const taskEventSchema = z.object({ id: z.number(), stepId: z.string().nullable(), level: z.string(), message: z.string(), createdAt: z.string() });
export type TaskEventView = z.infer<typeof taskEventSchema>;

export const dryRunFileSchema = z.object({ path: z.string(), content: z.string(), encoding: z.enum(["utf8", "base64"]), size: z.number(), executable: z.boolean() });

export const dryRunResultSchema = z.object({
  dryRun: z.literal(true),
  status: z.enum(["succeeded", "failed", "cancelled"]),
  error: z.string().nullable(),
  files: z.array(dryRunFileSchema),
  steps: z.array(z.object({ id: z.string(), name: z.string(), action: z.string(), status: stepStatusSchema })),
  log: z.array(z.object({ stepId: z.string().nullable(), level: z.string(), message: z.string() })),
  output: outputSchema.nullable(),
});
export type DryRunResult = z.infer<typeof dryRunResultSchema>;

export const templateSummarySchema = z.object({
  ref: z.string(),
  name: z.string(),
  namespace: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  type: z.string().nullable(),
  ownerRef: z.string().nullable(),
  tags: z.array(z.string()),
  isBuiltin: z.boolean(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const listTemplatesQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  type: z.string().trim().min(1).max(100).optional(),
  tag: z.string().trim().min(1).max(100).optional(),
  owner: z.string().trim().min(1).max(200).optional(),
});
export type ListTemplatesQuery = z.input<typeof listTemplatesQuerySchema>;
