// The demo organisation seeded on first start. Every row is marked isDemo so an admin can
// remove all of it in one click (Settings → Workspace) without touching real data.
export const demoTeams = [
  { slug: "payments", name: "Payments", description: "Card and wallet payments, refunds and payouts." },
  { slug: "checkout", name: "Checkout", description: "Cart, checkout flow and order placement." },
  { slug: "platform", name: "Platform", description: "The paved road: CI, runtime, observability and this portal." },
  { slug: "data", name: "Data", description: "Event pipelines, the warehouse and reporting." },
  { slug: "mobile", name: "Mobile", description: "The iOS and Android apps." },
];

export const demoPeople: { email: string; name: string; role: "platform" | "developer" | "viewer"; teams: [string, "maintainer" | "member"][] }[] = [
  { email: "ada.lovelace@demo.flightdeck.dev", name: "Ada Lovelace", role: "developer", teams: [["payments", "maintainer"]] },
  { email: "alan.turing@demo.flightdeck.dev", name: "Alan Turing", role: "developer", teams: [["payments", "member"], ["data", "member"]] },
  { email: "grace.hopper@demo.flightdeck.dev", name: "Grace Hopper", role: "platform", teams: [["platform", "maintainer"]] },
  { email: "linus.t@demo.flightdeck.dev", name: "Linus Torvalds", role: "platform", teams: [["platform", "member"]] },
  { email: "margaret.hamilton@demo.flightdeck.dev", name: "Margaret Hamilton", role: "developer", teams: [["checkout", "maintainer"]] },
  { email: "ken.thompson@demo.flightdeck.dev", name: "Ken Thompson", role: "developer", teams: [["checkout", "member"]] },
  { email: "barbara.liskov@demo.flightdeck.dev", name: "Barbara Liskov", role: "developer", teams: [["data", "maintainer"]] },
  { email: "dennis.ritchie@demo.flightdeck.dev", name: "Dennis Ritchie", role: "developer", teams: [["mobile", "maintainer"]] },
  { email: "frances.allen@demo.flightdeck.dev", name: "Frances Allen", role: "developer", teams: [["mobile", "member"]] },
  { email: "edsger.d@demo.flightdeck.dev", name: "Edsger Dijkstra", role: "viewer", teams: [["checkout", "member"]] },
];
