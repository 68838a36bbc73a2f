import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { locationSelect } from "./create-location";

/** Every location with its sync status and how many entities it defines. */
export async function listLocations(_actor: Actor) {
  const rows = await db.location.findMany({ select: { ...locationSelect, _count: { select: { entities: true } } }, orderBy: { createdAt: "desc" }, take: 1000 });
  return rows.map(({ _count, ...l }) => ({ ...l, entityCount: _count.entities }));
}
