// DORA numbers for a fixture history, checked against values worked out by hand (see the
// comments), through the same function the screen and GET /api/v1/metrics/dora use.
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createComponent } from "../pipelines/test/entities";
import { createActor, createTeamRow } from "../test/fixtures";
import { computeDora } from "./compute-dora";
import { getDoraMetrics } from "./get-dora-metrics";

const at = (day: number, hh: number, mm = 0) => new Date(Date.UTC(2026, 0, day, hh, mm));
const from = at(1, 0);
const to = at(15, 0); // 14 days

async function seed() {
  const team = await createTeamRow();
  const a = await createComponent({ ownerSlug: team.slug });
  const b = await createComponent({ ownerSlug: team.slug });
  const other = await createComponent();
  const rows = [
    // entity A, production
    { e: a, id: "d1", status: "succeeded", s: at(1, 10), f: at(1, 10, 10), lead: 7_200 },
    { e: a, id: "d2", status: "failed", s: at(2, 10), f: at(2, 10, 5), lead: null },
    { e: a, id: "d3", status: "succeeded", s: at(2, 11), f: at(2, 11, 5), lead: 93_600 }, // restores d2 after 1 h
    { e: a, id: "d4", status: "succeeded", s: at(5, 9), f: at(5, 9, 10), lead: 14_400 }, // followed by a hotfix 5 h 50 min later
    { e: a, id: "d5", status: "succeeded", s: at(5, 15), f: at(5, 15, 5), lead: 3_600, hotfix: true },
    { e: a, id: "d6", status: "rolled_back", s: at(8, 12), f: at(8, 12, 10), lead: null },
    { e: a, id: "d7", status: "succeeded", s: at(8, 14), f: at(8, 14, 10), lead: 36_000 }, // restores d6 after 2 h
    { e: a, id: "d8", status: "started", s: at(10, 9), f: null, lead: null }, // not finished: not counted
    { e: a, id: "d9", status: "succeeded", s: at(16, 9), f: at(16, 9, 5), lead: 60 }, // after the period
    { e: a, id: "s1", status: "succeeded", s: at(3, 9), f: at(3, 9, 5), lead: 60, env: "staging" }, // not production
    // entity B (same team): one failure never restored
    { e: b, id: "b1", status: "failed", s: at(12, 9), f: at(12, 9, 5), lead: null },
    // another team's entity
    { e: other, id: "o1", status: "succeeded", s: at(4, 9), f: at(4, 9, 5), lead: 600 },
  ];
  await db.deployment.createMany({
    data: rows.map((r) => ({
      externalId: `${r.e.name}-${r.id}`,
      entityRef: r.e.ref,
      environment: r.env ?? "production",
      status: r.status,
      statusRank: r.status === "started" ? 0 : r.status === "rolled_back" ? 2 : 1,
      isHotfix: r.hotfix ?? false,
      source: "api",
      startedAt: r.s,
      finishedAt: r.f,
      leadTimeSec: r.lead,
    })),
  });
  return { team, a, b, other };
}

describe("DORA metrics", () => {
  it("match the hand-computed numbers for one entity", async () => {
    const { a } = await seed();
    const m = await getDoraMetrics(await createActor("viewer"), { entity: a.ref, from, to, hotfixWindowHours: 24 });
    // d1..d7 are finished production deployments in the period; d1, d3, d4, d5, d7 succeeded.
    expect(m.scope).toEqual({ kind: "entity", name: a.ref, entities: 1 });
    expect(m.deploymentFrequency.count).toBe(5);
    expect(m.deploymentFrequency.perDay).toBeCloseTo(5 / 14, 10); // 0.357 a day
    expect(m.deploymentFrequency.perWeek).toBeCloseTo(2.5, 10);
    expect(m.deploymentFrequency.band).toBe("high"); // between daily and weekly
    // Lead times 3600, 7200, 14400, 36000, 93600: median 14400 s = 4 h.
    expect(m.leadTime).toMatchObject({ medianSeconds: 14_400, samples: 5, band: "elite" });
    // d2 failed, d6 rolled back, d4 followed by hotfix d5 within 24 h: 3 of 7.
    expect(m.changeFailureRate).toMatchObject({ failures: 3, deployments: 7, band: "low" });
    expect(m.changeFailureRate.rate).toBeCloseTo(3 / 7, 10);
    // Restores: d2 → d3 = 1 h, d6 → d7 = 2 h; median 1.5 h.
    expect(m.timeToRestore).toMatchObject({ medianSeconds: 5_400, samples: 2, unrestored: 0, band: "high" });
    // Two weeks: [Jan 1, Jan 8) has d1..d5, [Jan 8, Jan 15) has d6, d7.
    expect(m.series).toEqual([
      { weekStart: at(1, 0), deployments: 4, failures: 2, medianLeadTimeHours: 3 }, // median(1, 2, 4, 26 h) = 3 h
      { weekStart: at(8, 0), deployments: 1, failures: 1, medianLeadTimeHours: 10 },
    ]);
  });

  it("a shorter hotfix window stops counting d4 as a change failure", async () => {
    const { a } = await seed();
    const m = await getDoraMetrics(await createActor("viewer"), { entity: a.ref, from, to, hotfixWindowHours: 5 });
    expect(m.changeFailureRate).toMatchObject({ failures: 2, deployments: 7 }); // 5 h 50 min > 5 h
  });

  it("a team sums its entities; an unrestored failure is counted apart", async () => {
    const { team } = await seed();
    const m = await getDoraMetrics(await createActor("viewer"), { team: team.slug, from, to, hotfixWindowHours: 24 });
    expect(m.scope).toEqual({ kind: "team", name: team.slug, entities: 2 });
    expect(m.deploymentFrequency.count).toBe(5);
    expect(m.changeFailureRate).toMatchObject({ failures: 4, deployments: 8, rate: 0.5, band: "low" });
    expect(m.timeToRestore).toMatchObject({ medianSeconds: 5_400, samples: 2, unrestored: 1 });
  });

  it("no deployments: no band rather than a made-up one", () => {
    const m = computeDora([], from, to, 24);
    expect(m.deploymentFrequency).toMatchObject({ count: 0, band: null });
    expect(m.leadTime.band).toBeNull();
    expect(m.changeFailureRate).toMatchObject({ rate: null, band: null });
    expect(m.timeToRestore.band).toBeNull();
  });

  it("an unknown entity or team is a 404 naming it", async () => {
    const viewer = await createActor("viewer");
    await expect(getDoraMetrics(viewer, { entity: "component:default/nope-x" })).rejects.toThrow("entity 'component:default/nope-x' not found");
    await expect(getDoraMetrics(viewer, { team: "nope-team" })).rejects.toThrow("team 'nope-team' not found");
  });
});
