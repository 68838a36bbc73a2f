import { z } from "zod";

export const jobStatusSchema = z.enum(["queued", "running", "succeeded", "failed", "cancelled"]);

export const jobIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const listJobsQuerySchema = z.object({
  status: jobStatusSchema.optional(),
  type: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(200).optional().describe("nextCursor from the previous page"),
});
export type ListJobsQuery = z.input<typeof listJobsQuerySchema>;

export const jobSummarySchema = z.object({
  id: z.string(),
  type: z.string(),
  status: jobStatusSchema,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.date().describe("not before this time; after a failure, when the next attempt is due"),
  lockedBy: z.string().nullable().describe("the worker running it: host:pid:random"),
  lockedAt: z.date().nullable(),
  lastError: z.string().nullable(),
  scheduleId: z.string().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});

export const jobDetailSchema = jobSummarySchema.extend({
  payload: z.unknown(),
  result: z.unknown().nullable(),
});

export const jobListSchema = z.object({
  items: z.array(jobSummarySchema),
  nextCursor: z.string().nullable().describe("pass as cursor for the next page; null on the last page"),
});

export const scheduleNameParamsSchema = z.object({ name: z.string().min(1).max(100) });

export const scheduleSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  cron: z.string(),
  timezone: z.string(),
  enabled: z.boolean(),
  nextRunAt: z.date(),
  lastRunAt: z.date().nullable(),
});
