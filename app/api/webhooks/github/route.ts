// POST /api/webhooks/github - GitHub's deliveries, signed with an integration's webhook secret.
// Outside /api/v1: GitHub sends no bearer token; the signature is the authentication.
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { log } from "@/lib/log";
import { receiveGithubWebhook } from "@/lib/webhooks/receive-github-webhook";

const MAX_BYTES = 25 * 1024 * 1024; // GitHub caps payloads at 25 MB

export async function POST(request: NextRequest): Promise<Response> {
  const requestId = request.headers.get("x-request-id") || randomUUID();
  const headers = { "content-type": "application/json; charset=utf-8", "x-request-id": requestId, "cache-control": "no-store" };
  try {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) {
      return new Response(JSON.stringify({ status: "refused", message: "payload too large" }), { status: 413, headers });
    }
    const body = await request.text();
    const integrationName = request.nextUrl.searchParams.get("integration") ?? undefined;
    const answer = await receiveGithubWebhook({ headers: request.headers, body, ...(integrationName && { integrationName }) });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
  } catch (err) {
    log.error({ err, requestId }, "unexpected error receiving a GitHub webhook");
    return new Response(JSON.stringify({ status: "error", message: `something went wrong (reference ${requestId})` }), { status: 500, headers });
  }
}
