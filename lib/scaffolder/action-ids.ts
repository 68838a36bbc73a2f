// The actions a template step may name. Plain data (no server code), so the catalog's
// descriptor validation can refuse a template with an unknown action at registration;
// actions/registry.ts must define exactly these (a test checks both lists agree).
export const actionIds = [
  "fetch:template",
  "fetch:plain",
  "publish:git",
  "publish:github",
  "catalog:register",
  "github:actions:dispatch",
  "notification:send",
  "debug:log",
] as const;

export type ActionId = (typeof actionIds)[number];

export function isKnownAction(id: string): id is ActionId {
  return (actionIds as readonly string[]).includes(id);
}
