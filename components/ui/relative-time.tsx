"use client";
import { formatDistanceToNowStrict } from "date-fns";
import { useSyncExternalStore } from "react";
import { cn } from "./cn";

const exact = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "long" });

function relative(date: Date): string {
  if (Math.abs(Date.now() - date.getTime()) < 45_000) return "just now";
  return formatDistanceToNowStrict(date, { addSuffix: true })
    .replace(/ minutes?/, " min")
    .replace(/ seconds?/, " s");
}

// A clock that ticks every 30 s; the server's snapshot differs, so the client re-renders after
// hydration with its own clock and time zone.
function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, 30_000);
  return () => clearInterval(timer);
}
const clientTick = () => Math.floor(Date.now() / 30_000);
const serverTick = () => 0;

/** "3 min ago", with the exact time in the viewer's own time zone on hover. */
export function RelativeTime({ date, className }: { date: Date | string | number; className?: string }) {
  const value = new Date(date);
  useSyncExternalStore(subscribe, clientTick, serverTick);

  if (Number.isNaN(value.getTime())) return <span className={className}>unknown time</span>;
  return (
    <time
      dateTime={value.toISOString()}
      title={exact.format(value)}
      suppressHydrationWarning
      className={cn("whitespace-nowrap", className)}
    >
      {relative(value)}
    </time>
  );
}
