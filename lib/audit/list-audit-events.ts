import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { cursorArgs, toPage } from "../db/cursor";
import { containsText } from "../db/dialect";
import { db } from "../db/client";
import { parseInput } from "../errors";
import { listAuditQuerySchema } from "./schemas";

/** The audit log, newest first, for admins. */
export async function listAuditEvents(actor: Actor, query: unknown = {}) {
  assertCan(actor, "audit.read");
  const q = parseInput(listAuditQuerySchema, query, "query");
  const createdAt = { ...(q.from && { gte: q.from }), ...(q.to && { lte: q.to }) };
  const rows = await db.auditEvent.findMany({
    where: {
      ...(q.actor && { actorLabel: containsText(q.actor) }),
      ...(q.action && { action: { startsWith: q.action } }),
      ...(q.targetType && { targetType: q.targetType }),
      ...(Object.keys(createdAt).length > 0 && { createdAt }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      createdAt: true,
      actorLabel: true,
      via: true,
      action: true,
      targetType: true,
      targetId: true,
      targetLabel: true,
      before: true,
      after: true,
      requestId: true,
    },
    ...cursorArgs(q),
  });
  return toPage(rows, q.limit);
}
