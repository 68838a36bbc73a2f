// GET /api/v1/tokens - your API tokens; POST - create one (the secret is in this response only)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { createTokenSchema } from "@/lib/tokens/schemas";

export const GET = apiRoute("/api/v1/tokens", { scope: "read" }, async ({ actor }) => ({ items: await listTokens(actor) }));

export const POST = apiRoute("/api/v1/tokens", { scope: "write", body: createTokenSchema }, async ({ actor, body }) => {
  return new ApiResponse(await createToken(actor, body), 201);
});
