"use client";
// Text and select fields bound to a FormState: the error the server named for the field,
// and the value the user typed when the form failed. Ids come from useId: two forms on one page
// may well both have a "name" field.
import { useId, type ComponentProps, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FormState } from "@/lib/forms";

type Common = { state: FormState<unknown>; name: string; label: string; hint?: string; id?: string };

export function TextField({ state, name, label, hint, id, defaultValue, ...props }: Common & ComponentProps<typeof Input>) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <Field id={fieldId} label={label} hint={hint} error={state.fieldErrors?.[name]} required={props.required}>
      <Input name={name} defaultValue={state.values?.[name] ?? defaultValue} {...props} />
    </Field>
  );
}

export function SelectField({
  state,
  name,
  label,
  hint,
  id,
  options,
  defaultValue,
  ...props
}: Common & ComponentProps<typeof Select> & { options: readonly string[] }) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <Field id={fieldId} label={label} hint={hint} error={state.fieldErrors?.[name]}>
      <Select name={name} defaultValue={state.values?.[name] ?? defaultValue} {...props}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The form's outcome: the server's message, as an error or a success; children add detail. */
export function FormStateMessage({ state, className, children }: { state: FormState<unknown>; className?: string; children?: ReactNode }) {
  return (
    <FormMessage tone={state.status === "error" ? "error" : "success"} className={className}>
      {state.message}
      {children}
    </FormMessage>
  );
}
