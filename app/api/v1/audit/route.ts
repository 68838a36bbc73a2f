// GET /api/v1/audit - the audit log with filters (admins)
import { apiRoute } from "@/lib/api/route";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditQuerySchema } from "@/lib/audit/schemas";

export const GET = apiRoute("/api/v1/audit", { scope: "read", query: listAuditQuerySchema }, ({ actor, query }) =>
  listAuditEvents(actor, query),
);
