// GET|POST /git/<owner>/<name>.git/... - the portal's git server, read-only: `git clone` and
// `git fetch` through git http-backend, and /blob/<branch>/<path> shows one file as text.
import type { NextRequest } from "next/server";
import { authenticateGit } from "@/lib/scaffolder/local-git/authenticate-git";
import { readLocalRepoFile } from "@/lib/scaffolder/local-git/repos";
import { serveGitHttp } from "@/lib/scaffolder/local-git/serve-git";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

async function handle(request: NextRequest, context: Context): Promise<Response> {
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  const actor = await authenticateGit(request.headers, ip);
  if (!actor) {
    return new Response("sign in: use your portal email and password, or an API token as the password\n", {
      status: 401,
      headers: { "www-authenticate": 'Basic realm="Flightdeck git", charset="UTF-8"' },
    });
  }
  const segments = (await context.params).path.map((s) => decodeURIComponent(s));
  const blob = /^([^/]+)\/([^/]+)\.git\/blob\/([^/]+)\/(.+)$/.exec(segments.join("/"));
  if (blob && request.method === "GET") {
    const [, owner, name, branch, file] = blob as unknown as [string, string, string, string, string];
    let content: string | null = null;
    try {
      content = await readLocalRepoFile(owner, name, branch, file);
    } catch {}
    if (content === null) return new Response("file not found\n", { status: 404 });
    return new Response(content, { headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" } });
  }
  const body = request.method === "POST" ? Buffer.from(await request.arrayBuffer()) : null;
  return serveGitHttp({
    method: request.method,
    pathInfo: `/${segments.join("/")}`,
    query: request.nextUrl.search.replace(/^\?/, ""),
    contentType: request.headers.get("content-type"),
    contentEncoding: request.headers.get("content-encoding"),
    gitProtocol: request.headers.get("git-protocol"),
    body,
  });
}

export const GET = handle;
export const POST = handle;
