import "server-only";
import type { Actor } from "../auth/actor";
import { cursorArgs, toPage } from "../db/cursor";
import { containsText } from "../db/dialect";
import { db } from "../db/client";
import { parseInput } from "../errors";
import { listUsersQuerySchema, userSelect } from "./schemas";

/** The people directory: every signed-in user may read it. */
export async function listUsers(_actor: Actor, query: unknown = {}) {
  const q = parseInput(listUsersQuerySchema, query, "query");
  const search = q.q ? { OR: [{ name: containsText(q.q) }, { email: containsText(q.q) }] } : {};
  const rows = await db.user.findMany({
    where: { ...search, ...(q.role ? { role: q.role } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: userSelect,
    ...cursorArgs(q),
  });
  return toPage(rows, q.limit);
}
