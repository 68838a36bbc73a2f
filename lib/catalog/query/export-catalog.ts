// The whole catalog as one multi-document Backstage YAML file, read in pages of 1,000 so a
// 100k catalog never sits in memory as rows and text at once. Importing it gives the same
// entities back (tested).
import "server-only";
import { stringify } from "yaml";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { toDescriptor } from "../to-descriptor";

export async function exportCatalog(_actor: Actor): Promise<string> {
  const parts: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const rows: Parameters<typeof toDescriptor>[0][] = await db.entity.findMany({
      ...(cursor && { where: { id: { gt: cursor } } }),
      select: { id: true, kind: true, namespace: true, name: true, title: true, description: true, tags: true, labels: true, annotations: true, links: true, spec: true },
      orderBy: { id: "asc" },
      take: 1000,
    });
    for (const row of rows) parts.push(stringify(toDescriptor(row), { lineWidth: 0 }));
    if (rows.length < 1000) break;
    cursor = rows.at(-1)!.id;
  }
  return parts.join("---\n");
}
