import "server-only";
// In-app notifications: one row per recipient. Recipients are people, or entity refs resolved
// to people (a group: its team's members; a user: the person with that email or name).
import type { Db, Tx } from "../db/client";

export type NotificationInput = { title: string; body?: string; link?: string | null; severity?: string };

export async function sendNotification(client: Db | Tx, userIds: string[], input: NotificationInput): Promise<number> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return 0;
  const { count } = await client.notification.createMany({
    data: unique.map((userId) => ({ userId, title: input.title.slice(0, 300), body: (input.body ?? "").slice(0, 5000), link: input.link ?? null, severity: input.severity ?? "normal" })),
  });
  return count;
}

/** The people behind entity refs: group:x → members of team x, user:x → the person whose email starts with x@ or whose name is x. */
export async function resolveRecipients(client: Db | Tx, refs: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const raw of refs) {
    const m = /^(?:(group|user):)?(?:[^/]+\/)?(.+)$/i.exec(raw.trim());
    if (!m) continue;
    const kind = (m[1] ?? "group").toLowerCase();
    const name = m[2]!;
    if (kind === "group") {
      const team = await client.team.findUnique({ where: { slug: name }, select: { members: { select: { userId: true } } } });
      ids.push(...(team?.members.map((x) => x.userId) ?? []));
    } else {
      const users = await client.user.findMany({ where: { disabledAt: null, OR: [{ email: { startsWith: `${name}@` } }, { name }] }, select: { id: true }, take: 5 });
      ids.push(...users.map((u) => u.id));
    }
  }
  return ids;
}
