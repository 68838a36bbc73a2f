import Link from "next/link";

/** The product mark and name, linking home. */
export function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 rounded-md text-sm font-semibold tracking-tight">
      {/* eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG, no optimisation needed */}
      <img src="/icon.svg" alt="" width={24} height={24} className="size-6" />
      Flightdeck
    </Link>
  );
}
