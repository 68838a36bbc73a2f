import type { ComponentProps } from "react";
import { cn } from "./cn";

export const controlClass = cn(
  "w-full rounded-md border border-input bg-card px-3 text-sm text-foreground shadow-xs",
  "placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-60",
  "aria-invalid:border-danger",
);

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(controlClass, "h-9 py-1", className)} {...props} />;
}
