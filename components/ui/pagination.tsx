import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonClass } from "./button";
import { cn } from "./cn";

type SearchParams = Record<string, string | string[] | undefined>;

export type PaginationProps = {
  /** The page's current search params; filters and sort are kept, the other cursor is dropped. */
  searchParams: SearchParams;
  /** Cursor of the first row shown, when there are newer rows; null on the first page. */
  newerCursor?: string | null;
  /** Cursor of the last row shown, when there are older rows; null on the last page. */
  olderCursor?: string | null;
  newerParam?: string;
  olderParam?: string;
  /** Path to link to; defaults to the current page. */
  pathname?: string;
  className?: string;
};

function hrefWith(pathname: string, searchParams: SearchParams, set: string, value: string, drop: string): string {
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(searchParams)) {
    if (key === set || key === drop || v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) params.append(key, item);
  }
  params.set(set, value);
  return `${pathname}?${params.toString()}`;
}

export function Pagination({
  searchParams,
  newerCursor,
  olderCursor,
  newerParam = "before",
  olderParam = "after",
  pathname = "",
  className,
}: PaginationProps) {
  if (!newerCursor && !olderCursor) return null;
  const disabled = cn(buttonClass("secondary", "sm"), "opacity-60");
  return (
    <nav aria-label="Pagination" className={cn("mt-3 flex items-center justify-end gap-2", className)}>
      {newerCursor ? (
        <Link href={hrefWith(pathname, searchParams, newerParam, newerCursor, olderParam)} className={buttonClass("secondary", "sm")}>
          <ChevronLeft aria-hidden />
          Newer
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          <ChevronLeft aria-hidden />
          Newer
        </span>
      )}
      {olderCursor ? (
        <Link href={hrefWith(pathname, searchParams, olderParam, olderCursor, newerParam)} className={buttonClass("secondary", "sm")}>
          Older
          <ChevronRight aria-hidden />
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Older
          <ChevronRight aria-hidden />
        </span>
      )}
    </nav>
  );
}
