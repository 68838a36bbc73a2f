import { z } from "zod";
import { pageQuerySchema } from "../db/cursor";

export const listAuditQuerySchema = pageQuerySchema.extend({
  actor: z.string().trim().max(200).optional().describe("actor email (or part of it)"),
  action: z.string().trim().max(100).optional().describe("action, or a prefix such as 'team.'"),
  targetType: z.string().trim().max(50).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  createdAt: z.date(),
  actorLabel: z.string(),
  via: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  targetLabel: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
