import "server-only";
import { forbidden, redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { cache } from "react";
import { db } from "../db/client";
import { can, type Actor, type Permission } from "./actor";
import { auth } from "./auth";

/** The signed-in user as an Actor, read fresh from the database once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, via: "ui", scope: "write", requestId: randomUUID() };
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For pages and actions: a 403 page when the role lacks the permission. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) forbidden();
  return actor;
}
