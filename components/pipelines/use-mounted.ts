"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False on the server and during hydration, true after: charts render in the browser only, so the server spends no time laying out SVG that recharts redraws anyway. */
export function useMounted(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
