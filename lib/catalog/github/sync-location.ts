import "server-only";
// One entry point for the job queue: sync a location by its type. Upload locations have nothing
// to re-read; they change only when someone uploads again.
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { syncDiscoveryLocation } from "./sync-discovery-location";
import type { SyncOutcome } from "./sync-support";
import { syncUrlLocation } from "./sync-url-location";

export const githubLocationTypes = ["url", "github-discovery"] as const;

export async function syncLocation(locationId: string): Promise<SyncOutcome | null> {
  const location = await db.location.findUnique({ where: { id: locationId }, select: { type: true } });
  if (!location) throw AppError.notFound(`location '${locationId}'`);
  if (location.type === "url") return syncUrlLocation(locationId);
  if (location.type === "github-discovery") return syncDiscoveryLocation(locationId);
  return null;
}
