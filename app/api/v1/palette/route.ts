// GET /api/v1/palette - what the command palette can jump to: pages, teams, people, catalog entities
import { apiRoute } from "@/lib/api/route";
import { listPaletteItems } from "@/lib/search/list-palette-items";

export const GET = apiRoute("/api/v1/palette", { scope: "read" }, async ({ actor }) => ({ items: await listPaletteItems(actor) }));
