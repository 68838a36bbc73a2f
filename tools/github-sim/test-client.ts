// Test support: a minimal fetch client for the simulator that keeps status, headers and body.
export type SimResponse = { status: number; body: unknown; headers: Headers };

export async function call(base: string, method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<SimResponse> {
  const res = await fetch(`${base}${path}`, {
    method,
    redirect: "manual",
    headers: {
      accept: "application/vnd.github+json",
      ...(opts.token ? { authorization: `token ${opts.token}` } : {}),
      ...(opts.body !== undefined ? { "content-type": "application/json" } : {}),
      ...opts.headers,
    },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  let body: unknown = text;
  if (res.headers.get("content-type")?.includes("json") && text) body = JSON.parse(text);
  else if (!text) body = undefined;
  return { status: res.status, body, headers: res.headers };
}

export const get = <T = Record<string, unknown>>(r: SimResponse) => r.body as T;
