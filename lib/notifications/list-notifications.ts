import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

/** Your notifications, newest first. */
export async function listNotifications(actor: Actor, take = 100) {
  if (!actor.userId) return [];
  return db.notification.findMany({ where: { userId: actor.userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: { id: true, title: true, body: true, link: true, severity: true, readAt: true, createdAt: true } });
}
