// GET /api/v1/me - who the token (or session) belongs to, its role and scope
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute("/api/v1/me", { scope: "read" }, async ({ actor }) => ({
  id: actor.userId,
  email: actor.email,
  name: actor.name,
  role: actor.role,
  scope: actor.scope,
}));
