"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-render the server page every few seconds while it is visible, so job states stay live. */
export function AutoRefresh({ everyMs = 5000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return <p className="text-xs text-muted-foreground">Updates every {Math.round(everyMs / 1000)} s.</p>;
}
