// The OpenAPI document of /api/v1, generated from the same zod schemas the routes parse with.
// A new endpoint adds one entry to `paths` below.
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { version } from "../version";
import { deploymentSchema, listDeploymentsQuerySchema, reportDeploymentSchema, rollbackSchema, matrixSchema } from "../deployments/schemas";
import { doraQuerySchema, doraResponseSchema } from "../dora/schemas";
import { dispatchBodySchema, dispatchableWorkflowSchema, listRunsQuerySchema, orgPipelinesQuerySchema, rerunBodySchema, runDetailSchema, runIdParamsSchema, runListSchema } from "../pipelines/schemas";
import { listAuditQuerySchema, auditEventSchema } from "../audit/schemas";
import { pageSchema } from "../db/cursor";
import { createLocationSchema, entityDescriptorSchema, entityFiltersSchema, entityRefParamsSchema, entityResponseSchema, entitySummarySchema, facetsSchema, importBodySchema, importResultSchema, listEntitiesQuerySchema, locationSchema } from "../catalog/schemas";
import { createIntegrationSchema, integrationSchema, testResultSchema, updateIntegrationSchema } from "../integrations/schemas";
import { jobDetailSchema, jobIdParamsSchema, jobListSchema, listJobsQuerySchema, scheduleNameParamsSchema, scheduleSchema } from "../jobs/schemas";
import { addMemberSchema, createTeamSchema, memberSchema, teamSchema, updateMemberSchema, updateTeamSchema } from "../teams/schemas";
import { createTaskSchema, dryRunResultSchema, listTasksQuerySchema, listTemplatesQuerySchema, taskIdParamsSchema, taskSchema, taskSummarySchema, templateSummarySchema } from "../scaffolder/schemas";
import { createTokenSchema, createdTokenSchema, tokenSchema } from "../tokens/schemas";
import { createUserSchema, listUsersQuerySchema, updateUserSchema, userSchema } from "../users/schemas";

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(["bad_request", "unauthorized", "forbidden", "not_found", "conflict", "validation", "rate_limited", "internal", "unavailable"]),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).describe("one entry per invalid field"),
    requestId: z.string(),
  }),
});

const meSchema = z.object({ id: z.string().nullable(), email: z.string(), name: z.string(), role: z.string(), scope: z.enum(["read", "write"]) });
const teamDetailSchema = teamSchema.omit({ memberCount: true }).extend({ members: z.array(memberSchema), canManage: z.boolean() });
const id = z.object({ id: z.string() });
const deliverySchema = z.object({
  id: z.string(),
  deliveryId: z.string().nullable(),
  source: z.string(),
  event: z.string(),
  action: z.string().nullable(),
  status: z.enum(["received", "queued", "processed", "ignored", "failed", "refused"]),
  error: z.string().nullable(),
  durationMs: z.number().nullable(),
  receivedAt: z.date(),
  processedAt: z.date().nullable(),
});
const slug = z.object({ slug: z.string() });

type Path = {
  method: RouteConfig["method"];
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
};

const paths: Path[] = [
  { method: "get", path: "/me", summary: "The token's user, role and scope", tag: "Auth", response: meSchema },
  {
    method: "get",
    path: "/palette",
    summary: "What the command palette can jump to (pages, teams, people, catalog entities)",
    tag: "Search",
    response: z.object({ items: z.array(z.object({ group: z.string(), label: z.string(), href: z.string(), keywords: z.array(z.string()).optional() })) }),
  },
  { method: "get", path: "/users", summary: "List people", tag: "People", query: listUsersQuerySchema, response: pageSchema(userSchema) },
  { method: "post", path: "/users", summary: "Create a local account (admins)", tag: "People", body: createUserSchema, response: z.object({ user: userSchema, temporaryPassword: z.string().nullable() }), status: 201 },
  { method: "get", path: "/users/{id}", summary: "Get a person", tag: "People", params: id, response: userSchema },
  { method: "patch", path: "/users/{id}", summary: "Change a person's name, role or access", tag: "People", params: id, body: updateUserSchema, response: userSchema },
  { method: "get", path: "/teams", summary: "List teams", tag: "Teams", query: z.object({ mine: z.enum(["true", "false"]).optional() }), response: z.object({ items: z.array(teamSchema) }) },
  { method: "post", path: "/teams", summary: "Create a team (admins, platform)", tag: "Teams", body: createTeamSchema, response: teamSchema.omit({ memberCount: true }), status: 201 },
  { method: "get", path: "/teams/{slug}", summary: "Get a team and its members", tag: "Teams", params: slug, response: teamDetailSchema },
  { method: "patch", path: "/teams/{slug}", summary: "Change a team", tag: "Teams", params: slug, body: updateTeamSchema, response: teamSchema.omit({ memberCount: true }) },
  { method: "delete", path: "/teams/{slug}", summary: "Delete a team (admins, platform)", tag: "Teams", params: slug, status: 204 },
  { method: "post", path: "/teams/{slug}/members", summary: "Add a member", tag: "Teams", params: slug, body: addMemberSchema, status: 201 },
  { method: "patch", path: "/teams/{slug}/members/{userId}", summary: "Change a member's role", tag: "Teams", params: slug.extend({ userId: z.string() }), body: updateMemberSchema },
  { method: "delete", path: "/teams/{slug}/members/{userId}", summary: "Remove a member", tag: "Teams", params: slug.extend({ userId: z.string() }), status: 204 },
  { method: "get", path: "/tokens", summary: "List your API tokens", tag: "Tokens", response: z.object({ items: z.array(tokenSchema) }) },
  { method: "post", path: "/tokens", summary: "Create an API token (shown once)", tag: "Tokens", body: createTokenSchema, response: createdTokenSchema, status: 201 },
  { method: "delete", path: "/tokens/{id}", summary: "Revoke an API token", tag: "Tokens", params: id, status: 204 },
  { method: "get", path: "/audit", summary: "The audit log (admins)", tag: "Audit", query: listAuditQuerySchema, response: pageSchema(auditEventSchema) },
  { method: "get", path: "/jobs", summary: "Background jobs, newest first (admins)", tag: "Jobs", query: listJobsQuerySchema, response: jobListSchema },
  { method: "get", path: "/jobs/{id}", summary: "A job with its payload and result (admins)", tag: "Jobs", params: jobIdParamsSchema, response: jobDetailSchema },
  { method: "post", path: "/jobs/{id}/retry", summary: "Queue a failed or cancelled job again (admins)", tag: "Jobs", params: jobIdParamsSchema, response: jobDetailSchema },
  { method: "post", path: "/jobs/{id}/cancel", summary: "Cancel a queued job (admins)", tag: "Jobs", params: jobIdParamsSchema, response: jobDetailSchema },
  { method: "get", path: "/jobs/schedules", summary: "Recurring jobs (admins)", tag: "Jobs", response: z.object({ items: z.array(scheduleSchema) }) },
  { method: "post", path: "/jobs/schedules/{name}/run", summary: "Run a schedule's job now (admins)", tag: "Jobs", params: scheduleNameParamsSchema, response: jobDetailSchema, status: 201 },
  { method: "get", path: "/integrations", summary: "Integrations, without secrets (admins)", tag: "Integrations", response: z.object({ items: z.array(integrationSchema) }) },
  { method: "post", path: "/integrations", summary: "Add a GitHub connection by token or as a GitHub App (admins)", tag: "Integrations", body: createIntegrationSchema, response: integrationSchema, status: 201 },
  { method: "get", path: "/integrations/{id}", summary: "An integration, without secrets (admins)", tag: "Integrations", params: id, response: integrationSchema },
  { method: "patch", path: "/integrations/{id}", summary: "Change an integration; a blank secret keeps the stored one (admins)", tag: "Integrations", params: id, body: updateIntegrationSchema, response: integrationSchema },
  { method: "delete", path: "/integrations/{id}", summary: "Remove an integration and its secrets (admins)", tag: "Integrations", params: id, status: 204 },
  { method: "post", path: "/integrations/{id}/test", summary: "Test the connection: who, how many repositories, rate limit (admins)", tag: "Integrations", params: id, response: testResultSchema },
  { method: "get", path: "/integrations/deliveries", summary: "Recent webhook deliveries and their outcome (admins)", tag: "Integrations", query: z.object({ take: z.coerce.number().int().min(1).max(200).optional() }), response: z.object({ items: z.array(deliverySchema) }) },
  { method: "get", path: "/entities", summary: "List catalog entities (filters, q, fields, cursor)", tag: "Catalog", query: listEntitiesQuerySchema, response: pageSchema(entitySummarySchema).extend({ prevCursor: z.string().nullable().describe("pass as ?cursor= for the page before") }) },
  { method: "post", path: "/entities", summary: "Register an entity from a Backstage descriptor", tag: "Catalog", body: entityDescriptorSchema, response: entityResponseSchema, status: 201 },
  { method: "get", path: "/entities/facets", summary: "Counts per filter value under the other filters", tag: "Catalog", query: entityFiltersSchema, response: facetsSchema },
  { method: "get", path: "/entities/{kind}/{namespace}/{name}", summary: "An entity in Backstage's shape with its relations", tag: "Catalog", params: entityRefParamsSchema, response: entityResponseSchema },
  { method: "put", path: "/entities/{kind}/{namespace}/{name}", summary: "Replace a portal-owned entity", tag: "Catalog", params: entityRefParamsSchema, body: entityDescriptorSchema, response: entityResponseSchema },
  { method: "delete", path: "/entities/{kind}/{namespace}/{name}", summary: "Delete a portal-owned or orphaned entity", tag: "Catalog", params: entityRefParamsSchema, status: 204 },
  { method: "post", path: "/catalog/import", summary: "Import Backstage YAML (dryRun: preview)", tag: "Catalog", body: importBodySchema, response: importResultSchema },
  { method: "get", path: "/catalog/export", summary: "The catalog as multi-document Backstage YAML (application/yaml)", tag: "Catalog" },
  { method: "get", path: "/locations", summary: "Catalog locations and their sync status", tag: "Catalog", response: z.object({ items: z.array(locationSchema) }) },
  { method: "post", path: "/locations", summary: "Register a location: upload, a GitHub file URL (read once first; 422 names the problem) or an organisation discovery (admins, platform)", tag: "Catalog", body: createLocationSchema, response: locationSchema, status: 201 },
  { method: "post", path: "/locations/{id}/refresh", summary: "Queue a re-read of a GitHub-fed location (admins, platform)", tag: "Catalog", params: id, response: z.object({ jobId: z.string() }), status: 202 },
  { method: "delete", path: "/locations/{id}", summary: "Remove a location; its entities stay as orphans (admins, platform)", tag: "Catalog", params: id, response: z.object({ orphaned: z.number() }) },
  { method: "get", path: "/pipelines", summary: "Every repository's latest default-branch run, failing first, with success rate and median duration over 7/30/90 days", tag: "Pipelines", query: orgPipelinesQuerySchema },
  { method: "get", path: "/pipelines/runs", summary: "An entity's recent workflow runs (filters: workflow, branch, status)", tag: "Pipelines", query: listRunsQuerySchema, response: runListSchema },
  { method: "get", path: "/pipelines/runs/{id}", summary: "A workflow run with its jobs and steps", tag: "Pipelines", params: runIdParamsSchema, response: runDetailSchema },
  { method: "post", path: "/pipelines/runs/{id}/rerun", summary: "Re-run all jobs or only failed ones (owner team members, admins, platform)", tag: "Pipelines", params: runIdParamsSchema, body: rerunBodySchema, status: 202 },
  { method: "post", path: "/pipelines/runs/{id}/cancel", summary: "Cancel a queued or running run (owner team members, admins, platform)", tag: "Pipelines", params: runIdParamsSchema, status: 202 },
  { method: "get", path: "/pipelines/jobs/{id}/logs", summary: "A job's plain-text log, read from GitHub", tag: "Pipelines", params: runIdParamsSchema, response: z.object({ jobId: z.string(), name: z.string(), text: z.string(), truncated: z.boolean() }) },
  { method: "get", path: "/pipelines/workflows", summary: "An entity's dispatchable workflows with their workflow_dispatch inputs", tag: "Pipelines", query: z.object({ entity: z.string() }), response: z.object({ items: z.array(dispatchableWorkflowSchema) }) },
  { method: "post", path: "/pipelines/dispatch", summary: "Dispatch a workflow with inputs (owner team members, admins, platform)", tag: "Pipelines", body: dispatchBodySchema, status: 202 },
  { method: "get", path: "/deployments", summary: "An entity's deployment history per environment", tag: "Deployments", query: listDeploymentsQuerySchema },
  { method: "post", path: "/deployments", summary: "Report a deployment from any CI/CD tool; the same id updates it (201 created, 200 updated; 404 unknown entity, 422 unknown environment)", tag: "Deployments", body: reportDeploymentSchema, response: deploymentSchema.extend({ applied: z.boolean() }), status: 201 },
  { method: "post", path: "/deployments/rollback", summary: "Redeploy the previous successful version through the entity's deploy workflow", tag: "Deployments", body: rollbackSchema, status: 202 },
  { method: "get", path: "/deployments/matrix", summary: "What is deployed where: entities × environments, staging/production drift flagged", tag: "Deployments", query: z.object({ page: z.number().optional(), q: z.string().optional() }), response: matrixSchema },
  { method: "get", path: "/metrics/dora", summary: "DORA metrics for an entity, a team or the organisation (the numbers the screen shows)", tag: "Deployments", query: doraQuerySchema as unknown as z.ZodObject, response: doraResponseSchema },
  { method: "get", path: "/scaffolder/templates", summary: "Templates (built-in and registered) with filter facets", tag: "Scaffolder", query: listTemplatesQuerySchema, response: z.object({ items: z.array(templateSummarySchema), facets: z.object({ types: z.array(z.string()), owners: z.array(z.string()), tags: z.array(z.string()) }) }) },
  { method: "get", path: "/scaffolder/tasks", summary: "Tasks, newest first (yours; everyone's for admins and platform)", tag: "Scaffolder", query: listTasksQuerySchema, response: z.object({ items: z.array(taskSummarySchema.extend({ values: z.record(z.string(), z.unknown()) })) }) },
  { method: "post", path: "/scaffolder/tasks", summary: "Run a template (201 with the task id) or dry-run it (200 with the files); 422 names a parameter that fails the template's schema", tag: "Scaffolder", body: createTaskSchema, response: z.union([z.object({ id: z.string(), status: z.string() }), dryRunResultSchema]), status: 201 },
  { method: "get", path: "/scaffolder/tasks/{id}", summary: "A task's status, steps, parameters and outputs", tag: "Scaffolder", params: taskIdParamsSchema, response: taskSchema },
  { method: "get", path: "/scaffolder/tasks/{id}/events", summary: "The task's log as server-sent events (log, task, end); resumes after Last-Event-ID", tag: "Scaffolder", params: taskIdParamsSchema },
  { method: "post", path: "/scaffolder/tasks/{id}/cancel", summary: "Cancel a queued or running task", tag: "Scaffolder", params: taskIdParamsSchema, response: taskSchema },
  { method: "post", path: "/scaffolder/tasks/{id}/retry", summary: "Retry a failed or cancelled task from its failed step", tag: "Scaffolder", params: taskIdParamsSchema, response: taskSchema },
];

export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "An API token from your profile (fdt_…)" });
  for (const p of paths) {
    const status = p.status ?? 200;
    registry.registerPath({
      method: p.method,
      path: p.path,
      summary: p.summary,
      tags: [p.tag],
      security: [{ bearer: [] }],
      request: {
        ...(p.params && { params: p.params }),
        ...(p.query && { query: p.query }),
        ...(p.body && { body: { content: { "application/json": { schema: p.body } } } }),
      },
      responses: {
        [status]: { description: status === 204 ? "Done" : "OK", ...(p.response && { content: { "application/json": { schema: p.response } } }) },
        400: { description: "Malformed request", content: { "application/json": { schema: apiErrorSchema } } },
        401: { description: "Missing or bad token", content: { "application/json": { schema: apiErrorSchema } } },
        403: { description: "Not allowed for this role or scope", content: { "application/json": { schema: apiErrorSchema } } },
        404: { description: "Not found (or not yours)", content: { "application/json": { schema: apiErrorSchema } } },
        422: { description: "Invalid fields, named in issues", content: { "application/json": { schema: apiErrorSchema } } },
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Flightdeck API", version, description: "Everything the portal does, for automation. Authenticate with `Authorization: Bearer <token>`." },
    servers: [{ url: "/api/v1" }],
  });
}
