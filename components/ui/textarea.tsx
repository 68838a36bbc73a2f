import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClass } from "./input";

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(controlClass, "min-h-16 py-2", className)} {...props} />;
}
