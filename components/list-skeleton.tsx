import { Skeleton } from "@/components/ui/skeleton";

export function ListSkeleton() {
  return (
    <div role="status" aria-label="Loading" aria-busy="true">
      <Skeleton className="mb-2 h-3 w-32" />
      <Skeleton className="mb-6 h-7 w-64" />
      <div className="overflow-hidden rounded-lg border">
        <Skeleton className="h-9 rounded-none" />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t px-3 py-3">
            <Skeleton className="h-4 w-1/4" />
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-4 w-1/6" />
          </div>
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
