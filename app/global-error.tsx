"use client";
import "./globals.css";

type Props = { error: Error & { digest?: string }; reset: () => void; retry?: () => void };

// Replaces the root layout when that itself fails, so it brings its own html, body and styles
// and depends on nothing else in the app (no providers, no theme).
export default function GlobalError({ error, reset, retry }: Props) {
  return (
    <html lang="en">
      <body className="bg-background text-foreground">
        <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
          <h1 className="text-xl font-semibold">Flightdeck could not load</h1>
          <p className="max-w-md text-sm text-muted-foreground">
            Try again; if it keeps failing, tell your Flightdeck admin and quote the reference below.
          </p>
          {error.digest && (
            <p className="text-xs text-muted-foreground">
              Reference: <code className="rounded-sm bg-muted px-1 py-0.5 font-mono text-foreground">{error.digest}</code>
            </p>
          )}
          <button
            type="button"
            onClick={() => (retry ?? reset)()}
            className="mt-2 h-9 rounded-md bg-primary px-3.5 text-sm font-medium text-primary-foreground"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
