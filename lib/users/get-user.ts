import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { userSelect } from "./schemas";

export async function getUser(_actor: Actor, id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      ...userSelect,
      memberships: { select: { role: true, team: { select: { slug: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) throw AppError.notFound("user");
  return user;
}
