import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

/** Mark all of your unread notifications read (only yours: the user comes from the actor). */
export async function markNotificationsRead(actor: Actor) {
  if (!actor.userId) return 0;
  const { count } = await db.notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
