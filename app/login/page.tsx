import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { oauthProviders } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/session";
import { oauthSignInAction } from "./actions";
import { safeCallbackUrl } from "./callback-url";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Auth.js sends OAuth failures back here as ?error=<code>; say what happened without details.
function oauthError(code: unknown): string | null {
  if (typeof code !== "string" || code === "CredentialsSignin") return null;
  if (code === "AccessDenied") return "That account may not sign in here. Ask an admin to invite you.";
  return "Signing in with that provider did not work. Try again, or use your email and password.";
}

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const redirectTo = safeCallbackUrl(params.callbackUrl);
  if (await currentActor()) redirect(redirectTo);
  const providers = oauthProviders();
  const error = oauthError(params.error);

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-3 text-center">
          {/* eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG */}
          <img src="/icon.svg" alt="" width={40} height={40} className="size-10" />
          <h1 className="text-xl font-semibold tracking-tight">Sign in to Flightdeck</h1>
        </div>
        <Card className="grid gap-4 p-6">
          {error && <FormMessage tone="error">{error}</FormMessage>}
          <LoginForm redirectTo={redirectTo} />
          {providers.length > 0 && (
            <>
              <div className="flex items-center gap-3 text-xs text-muted-foreground">
                <span className="h-px flex-1 bg-border" />
                or
                <span className="h-px flex-1 bg-border" />
              </div>
              {providers.map((provider) => (
                <form key={provider.id} action={oauthSignInAction}>
                  <input type="hidden" name="provider" value={provider.id} />
                  <input type="hidden" name="redirectTo" value={redirectTo} />
                  <Button type="submit" variant="secondary" className="w-full">
                    Sign in with {provider.name}
                  </Button>
                </form>
              ))}
            </>
          )}
        </Card>
      </div>
    </main>
  );
}
