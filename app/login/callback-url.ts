/**
 * Where to go after signing in: only a path on this site. "//evil.example" and "/\evil" are
 * protocol-relative URLs browsers treat as another host, so they fall back to home.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/login")) return "/";
  return value;
}
