import type { Band } from "@/lib/dora/bands";

/** "3.2 h", "2.1 d", "45 min". */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

export const bandLabel: Record<Band, string> = { elite: "Elite", high: "High", medium: "Medium", low: "Low" };
