// GET /api/v1/users - the people directory; POST /api/v1/users - create a local account (admins)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema, listUsersQuerySchema } from "@/lib/users/schemas";

export const GET = apiRoute("/api/v1/users", { scope: "read", query: listUsersQuerySchema }, ({ actor, query }) =>
  listUsers(actor, query),
);

export const POST = apiRoute("/api/v1/users", { scope: "write", body: createUserSchema }, async ({ actor, body }) => {
  return new ApiResponse(await createUser(actor, body), 201);
});
