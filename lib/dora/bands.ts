// DORA performance bands (DORA State of DevOps 2023 thresholds) and how each metric is computed,
// in words the tiles and the API both show.
export type Band = "elite" | "high" | "medium" | "low";

const DAY = 86_400;
const HOUR = 3_600;

export const definitions = {
  deploymentFrequency:
    "Successful production deployments per day over the period. Elite: on demand (at least one a day); high: between daily and weekly; medium: between weekly and monthly; low: less than monthly.",
  leadTime:
    "Median time from the first commit of a change (the oldest commit since the previous successful production deployment, read through GitHub's compare API) to its successful production deployment. Elite: under a day; high: under a week; medium: under a month; low: longer.",
  changeFailureRate:
    "Share of production deployments that failed, were rolled back, or were followed by a hotfix deployment within the hotfix window. Elite: 5% or less; high: 10% or less; medium: 15% or less; low: more.",
  timeToRestore:
    "Median time from a failed or rolled-back production deployment to the next successful one. Elite: under an hour; high: under a day; medium: under a week; low: longer.",
} as const;

export function frequencyBand(perDay: number): Band {
  if (perDay >= 1) return "elite";
  if (perDay >= 1 / 7) return "high";
  if (perDay >= 1 / 30) return "medium";
  return "low";
}

export function leadTimeBand(seconds: number): Band {
  if (seconds < DAY) return "elite";
  if (seconds < 7 * DAY) return "high";
  if (seconds < 30 * DAY) return "medium";
  return "low";
}

export function failureRateBand(rate: number): Band {
  if (rate <= 0.05) return "elite";
  if (rate <= 0.1) return "high";
  if (rate <= 0.15) return "medium";
  return "low";
}

export function restoreBand(seconds: number): Band {
  if (seconds < HOUR) return "elite";
  if (seconds < DAY) return "high";
  if (seconds < 7 * DAY) return "medium";
  return "low";
}
