import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export type TableProps = ComponentProps<"table"> & {
  /** The scroll box; the header sticks to its top. Give it a max height to keep long lists in view. */
  containerClassName?: string;
};

export function Table({ className, containerClassName, ...props }: TableProps) {
  // A long table scrolls inside its box; keyboard users must be able to focus the box to scroll
  // it (WCAG 2.1.1), so it is a named, focusable region.
  return (
    <div
      role="region"
      aria-label={props["aria-label"] ? `${props["aria-label"]} (scrollable)` : "Table (scrollable)"}
      tabIndex={0}
      className={cn("relative max-h-[70vh] w-full overflow-auto rounded-lg border bg-card", containerClassName)}
    >
      <table className={cn("w-full caption-bottom border-separate border-spacing-0 text-sm", className)} {...props} />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("sticky top-0 z-10 bg-muted", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&>tr:last-child>td]:border-b-0", className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  // relative: a RowLink's overlay covers the whole row.
  return <tr className={cn("relative hover:bg-muted/60 focus-within:bg-muted/60", className)} {...props} />;
}

export type SortDirection = "asc" | "desc";

export type ThProps = ComponentProps<"th"> & {
  /** Make the column sortable: href sorts by it, direction says whether it is the current sort. */
  sort?: { href: string; direction?: SortDirection | null };
};

export function Th({ className, sort, children, ...props }: ThProps) {
  const ariaSort = sort?.direction === "asc" ? "ascending" : sort?.direction === "desc" ? "descending" : undefined;
  const Icon = sort?.direction === "asc" ? ArrowUp : sort?.direction === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      aria-sort={sort ? (ariaSort ?? "none") : undefined}
      className={cn(
        "h-9 border-b bg-muted px-3 text-left align-middle text-xs font-semibold whitespace-nowrap text-muted-foreground",
        className,
      )}
      {...props}
    >
      {sort ? (
        <Link href={sort.href} className="-mx-1 inline-flex items-center gap-1 rounded-sm px-1 hover:text-foreground">
          {children}
          <Icon aria-hidden className={cn("size-3.5", !sort.direction && "opacity-50")} />
        </Link>
      ) : (
        children
      )}
    </th>
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b px-3 py-2 align-middle", className)} {...props} />;
}

/**
 * The row's main link (put it in the first cell). It is an ordinary link for the keyboard and
 * screen readers; its overlay makes the whole row clickable. Other links in the row need
 * `relative z-10` to stay clickable above it.
 */
export function RowLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className={cn("font-medium text-foreground hover:underline after:absolute after:inset-0 after:content-['']", className)}
    >
      {children}
    </Link>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("px-3 py-2 text-left text-xs text-muted-foreground", className)} {...props} />;
}
