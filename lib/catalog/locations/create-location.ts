// Register where catalog data comes from. "upload" locations hold re-uploadable files (their
// entities are orphaned when a new upload drops them); "url" locations are read by the GitHub
// integration, so they need one configured first.
import "server-only";
import { assertCan, type Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import { AppError, parseInput } from "../../errors";
import { createLocationSchema } from "../schemas";

export type CreateLocationInput = { type: "upload" | "url"; target: string };

export async function createLocation(actor: Actor, input: CreateLocationInput) {
  assertCan(actor, "write");
  const data = parseInput(createLocationSchema, input, "location");
  if (data.type === "url" && !(await db.integration.findFirst({ where: { kind: "github" }, select: { id: true } }))) {
    throw new AppError("validation", "not configured yet: connect GitHub in Settings → Integrations", [{ path: "type", message: "needs a GitHub integration" }]);
  }
  return db.$transaction(async (tx) => {
    if (await tx.location.findUnique({ where: { type_target: { type: data.type, target: data.target } }, select: { id: true } })) {
      throw new AppError("conflict", `a ${data.type} location '${data.target}' already exists`, [{ path: "target", message: "already registered" }]);
    }
    const location = await tx.location.create({ data: { ...data, spec: {}, createdById: actor.userId }, select: locationSelect });
    await recordAudit(tx, actor, { action: "location.create", targetType: "location", targetId: location.id, targetLabel: `${data.type}:${data.target}`, after: data });
    return { ...location, entityCount: 0 };
  });
}

export const locationSelect = { id: true, type: true, target: true, status: true, lastSyncedAt: true, lastError: true, createdAt: true } as const;
