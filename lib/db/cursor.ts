import { z } from "zod";

// Cursor pagination over (sort key, id): ask for one row more than the page to know
// whether there is a next page; the cursor is the id of the last row shown.
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(64).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function cursorArgs(query: { limit: number; cursor?: string | undefined }) {
  return { take: query.limit + 1, ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}) };
}

export function toPage<T extends { id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable().describe("pass as ?cursor= for the next page") });
