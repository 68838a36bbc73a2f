"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { signInAction, type SignInState } from "./actions";

export function LoginForm({ redirectTo }: { redirectTo: string }) {
  const [state, formAction, isPending] = useActionState<SignInState, FormData>(signInAction, { email: "" });
  return (
    <form action={formAction} className="grid gap-4">
      <FormMessage tone="error">{state.error}</FormMessage>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Field id="email" label="Email">
        <Input name="email" type="email" autoComplete="username" required defaultValue={state.email} autoFocus />
      </Field>
      <Field id="password" label="Password">
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending} aria-busy={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
