"use server";
import { AuthError } from "next-auth";
import { oauthProviders, signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "./callback-url";

export type SignInState = { email: string; error?: string };

// One message for a wrong email, a wrong password and a lockout: telling them apart would
// let anyone probe which accounts exist.
const failed = "Email or password is incorrect, or the account is locked for a while after too many attempts.";

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeCallbackUrl(formData.get("redirectTo"));
  if (!email || !password) return { email, error: "Enter your email and password." };
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) return { email, error: failed };
    throw error;
  }
  return { email };
}

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = String(formData.get("provider") ?? "");
  // Only providers that are configured; anything else is a forged form.
  if (!oauthProviders().some((p) => p.id === provider)) return;
  await signIn(provider, { redirectTo: safeCallbackUrl(formData.get("redirectTo")) });
}
