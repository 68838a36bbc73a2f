// Register where catalog data comes from. "upload" locations hold re-uploadable files (their
// entities are orphaned when a new upload drops them); "url" and "github-discovery" locations
// are read through a GitHub connection (lib/catalog/github/register-github-location.ts).
import "server-only";
import { assertCan, type Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import { AppError, parseInput } from "../../errors";
import type { z } from "zod";
import { registerGithubLocation } from "../github/register-github-location";
import { createLocationSchema } from "../schemas";

export type CreateLocationInput = z.input<typeof createLocationSchema>;

export async function createLocation(actor: Actor, input: CreateLocationInput) {
  assertCan(actor, "write");
  const parsed = parseInput(createLocationSchema, input, "location");
  if (parsed.type !== "upload") return registerGithubLocation(actor, { ...parsed, type: parsed.type });
  const data = { type: parsed.type, target: parsed.target };
  return db.$transaction(async (tx) => {
    if (await tx.location.findUnique({ where: { type_target: { type: data.type, target: data.target } }, select: { id: true } })) {
      throw new AppError("conflict", `a ${data.type} location '${data.target}' already exists`, [{ path: "target", message: "already registered" }]);
    }
    const location = await tx.location.create({ data: { ...data, spec: {}, createdById: actor.userId }, select: locationSelect });
    await recordAudit(tx, actor, { action: "location.create", targetType: "location", targetId: location.id, targetLabel: `${data.type}:${data.target}`, after: data });
    return { ...location, entityCount: 0 };
  });
}

export const locationSelect = { id: true, type: true, target: true, spec: true, integrationId: true, status: true, lastSyncedAt: true, lastError: true, createdAt: true } as const;
