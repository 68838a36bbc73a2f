"use client";
import { formatDistanceToNowStrict } from "date-fns";
import { useEffect, useState } from "react";
import { cn } from "./cn";

const exact = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "long" });

function relative(date: Date): string {
  if (Math.abs(Date.now() - date.getTime()) < 45_000) return "just now";
  return formatDistanceToNowStrict(date, { addSuffix: true })
    .replace(/ minutes?/, " min")
    .replace(/ seconds?/, " s");
}

/** "3 min ago", with the exact time in the viewer's own time zone on hover. */
export function RelativeTime({ date, className }: { date: Date | string | number; className?: string }) {
  const value = new Date(date);
  // The server knows neither the viewer's clock nor their time zone: render once, then again
  // after mount with the browser's, and tick every 30 s so "just now" does not go stale.
  const [, setTick] = useState(0);
  useEffect(() => {
    setTick((t) => t + 1);
    const timer = setInterval(() => setTick((t) => t + 1), 30_000);
    return () => clearInterval(timer);
  }, []);

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
