// Band edges as the DORA 2023 report draws them: a value on an edge falls in the better band
// only where the report says "or less" (change failure rate), never for "under" (times).
import { describe, expect, it } from "vitest";
import { failureRateBand, frequencyBand, leadTimeBand, restoreBand } from "./bands";

const HOUR = 3600;
const DAY = 86_400;

describe("DORA bands", () => {
  it("deployment frequency: daily elite, weekly high, monthly medium", () => {
    expect(frequencyBand(3)).toBe("elite");
    expect(frequencyBand(1)).toBe("elite");
    expect(frequencyBand(0.99)).toBe("high");
    expect(frequencyBand(1 / 7)).toBe("high");
    expect(frequencyBand(1 / 8)).toBe("medium");
    expect(frequencyBand(1 / 30)).toBe("medium");
    expect(frequencyBand(1 / 31)).toBe("low");
    expect(frequencyBand(0)).toBe("low");
  });
  it("lead time: under a day, a week, a month", () => {
    expect(leadTimeBand(DAY - 1)).toBe("elite");
    expect(leadTimeBand(DAY)).toBe("high");
    expect(leadTimeBand(7 * DAY)).toBe("medium");
    expect(leadTimeBand(30 * DAY)).toBe("low");
  });
  it("change failure rate: 5%, 10%, 15% or less", () => {
    expect(failureRateBand(0)).toBe("elite");
    expect(failureRateBand(0.05)).toBe("elite");
    expect(failureRateBand(0.051)).toBe("high");
    expect(failureRateBand(0.1)).toBe("high");
    expect(failureRateBand(0.15)).toBe("medium");
    expect(failureRateBand(0.16)).toBe("low");
  });
  it("time to restore: under an hour, a day, a week", () => {
    expect(restoreBand(HOUR - 1)).toBe("elite");
    expect(restoreBand(HOUR)).toBe("high");
    expect(restoreBand(DAY)).toBe("medium");
    expect(restoreBand(7 * DAY)).toBe("low");
  });
});
