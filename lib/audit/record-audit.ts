import "server-only";
import type { Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";

export type AuditInput = {
  action: string;
  targetType: string;
  targetId: string;
  targetLabel?: string;
  before?: unknown;
  after?: unknown;
};

const secretKeys = /password|secret|token|hash/i;

// Before/after snapshots keep the shape of a change but never a secret.
function scrub(value: unknown): object | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v) => (key && secretKeys.test(key) ? "[redacted]" : v)));
}

/** Write one audit event; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx | Db, actor: Actor, input: AuditInput) {
  const before = scrub(input.before);
  const after = scrub(input.after);
  await tx.auditEvent.create({
    data: {
      ...(before && { before }),
      ...(after && { after }),
      actorId: actor.userId,
      actorLabel: actor.email,
      via: actor.via,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      targetLabel: input.targetLabel ?? "",
      requestId: actor.requestId ?? null,
    },
  });
}
