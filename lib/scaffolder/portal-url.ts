import "server-only";
// Where people reach the portal, for clone links written into tasks: AUTH_URL when it is set
// (behind a proxy), else the origin the request came to.
export function portalUrlFrom(headers: Headers, fallbackOrigin: string): string {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {}
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  const proto = headers.get("x-forwarded-proto") ?? new URL(fallbackOrigin).protocol.replace(":", "");
  return host ? `${proto}://${host}` : fallbackOrigin;
}
