// zod schemas at the deployments' boundaries: the REST body any CI/CD tool reports with, the
// list query, and the shapes returned (also documented by lib/api/openapi.ts).
import { z } from "zod";

export const deploymentStatuses = ["started", "succeeded", "failed", "rolled_back"] as const;
export type DeploymentStatus = (typeof deploymentStatuses)[number];

export const reportDeploymentSchema = z.object({
  id: z.string().trim().min(1).max(200).describe("your id for this deployment: a later report with the same id updates it"),
  entity: z.string().trim().min(1).max(300).describe("entity ref, e.g. component:default/payments-service"),
  environment: z.string().trim().min(1).max(60).describe("one of the configured environments (production, staging, dev by default)"),
  version: z.string().trim().min(1).max(200).optional(),
  sha: z.string().trim().regex(/^[0-9a-f]{7,40}$/i, "a commit sha (7 to 40 hex characters)").optional(),
  status: z.enum(deploymentStatuses),
  startedAt: z.coerce.date().optional().describe("default: now"),
  finishedAt: z.coerce.date().optional().describe("default: now for succeeded, failed and rolled_back"),
  url: z.url().max(2000).optional(),
  hotfix: z.boolean().optional().describe("a fix for a previous deployment; versions containing 'hotfix' count too"),
});
export type ReportDeploymentInput = z.infer<typeof reportDeploymentSchema>;

export const listDeploymentsQuerySchema = z.object({
  entity: z.string().trim().min(1).max(300),
  environment: z.string().trim().min(1).max(60).optional(),
  take: z.coerce.number().int().min(1).max(200).default(50),
});

export const deploymentSchema = z.object({
  id: z.string(),
  externalId: z.string(),
  entityRef: z.string(),
  environment: z.string(),
  version: z.string().nullable(),
  sha: z.string().nullable(),
  status: z.enum(deploymentStatuses),
  isHotfix: z.boolean(),
  source: z.string(),
  url: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  leadTimeSec: z.number().nullable(),
});
export type DeploymentView = z.infer<typeof deploymentSchema>;

export const rollbackSchema = z.object({
  entity: z.string().trim().min(1).max(300),
  environment: z.string().trim().min(1).max(60).default("production"),
});

export const matrixSchema = z.object({
  environments: z.array(z.string()),
  rows: z.array(
    z.object({
      entityRef: z.string(),
      cells: z.record(z.string(), z.object({ version: z.string().nullable(), status: z.string(), at: z.date() }).nullable()),
      drift: z.boolean(),
    }),
  ),
});
