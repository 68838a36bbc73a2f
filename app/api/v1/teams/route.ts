// GET /api/v1/teams - every team; POST /api/v1/teams - create a team (admins, platform)
import { z } from "zod";
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { createTeam } from "@/lib/teams/create-team";
import { listTeams } from "@/lib/teams/list-teams";
import { createTeamSchema } from "@/lib/teams/schemas";

const query = z.object({ mine: z.enum(["true", "false"]).optional() });

export const GET = apiRoute("/api/v1/teams", { scope: "read", query }, async ({ actor, query }) => ({
  items: await listTeams(actor, { mine: query.mine === "true" }),
}));

export const POST = apiRoute("/api/v1/teams", { scope: "write", body: createTeamSchema }, async ({ actor, body }) => {
  return new ApiResponse(await createTeam(actor, body), 201);
});
