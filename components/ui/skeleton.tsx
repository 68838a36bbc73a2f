import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A grey placeholder; give it the size of what it stands for so the page does not jump. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-muted", className)} {...props} />;
}
