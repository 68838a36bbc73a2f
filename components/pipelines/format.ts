import { statusOf, type StatusKind } from "@/components/ui/status";

/** "2m 05s", "45s", "1h 03m". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** A run's or job's state as one status with its own word: "Queued", "In progress", "Failure", "Cancelled". */
export function runStatus(status: string, conclusion: string | null): { kind: StatusKind; label: string } {
  const word = status === "completed" ? (conclusion ?? "completed") : status;
  const label = word.charAt(0).toUpperCase() + word.slice(1).replace(/_/g, " ");
  return { kind: statusOf(word), label };
}

export function between(start: string | Date | null, end: string | Date | null): number | null {
  if (!start || !end) return null;
  return new Date(end).getTime() - new Date(start).getTime();
}
