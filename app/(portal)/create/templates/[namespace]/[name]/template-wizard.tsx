"use client";
// The template's parameter pages as a multi-page form (react-jsonschema-form with ajv, the
// same validator the server uses), then a review, a dry run and the run itself. The server
// checks everything again; its 422 names the field and sends the person back to its page.
import Form from "@rjsf/core";
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import type { DryRunResult } from "@/lib/scaffolder/schemas";
import { DryRunView } from "./dry-run-view";
import { PickerContext, pickerFields, type PickerData } from "./picker-fields";
import { fieldsOf, splitUiSchema } from "./ui-schema";

type Props = PickerData & { template: { ref: string; title: string; pages: Record<string, unknown>[] } };
type ServerError = { message: string; issues: { path: string; message: string }[] };

const formStyles =
  "grid gap-4 [&_fieldset]:grid [&_fieldset]:gap-4 [&_legend]:mb-2 [&_legend]:text-base [&_legend]:font-semibold [&_label]:text-sm [&_label]:font-medium [&_.form-group]:grid [&_.form-group]:gap-1.5 " +
  "[&_input:not([type=checkbox]):not([type=radio])]:h-9 [&_input:not([type=checkbox]):not([type=radio])]:w-full [&_input]:rounded-md [&_input]:border [&_input]:border-input [&_input]:bg-background [&_input]:px-3 [&_input]:text-sm " +
  "[&_select]:h-9 [&_select]:w-full [&_select]:rounded-md [&_select]:border [&_select]:border-input [&_select]:bg-background [&_select]:px-2 [&_select]:text-sm [&_textarea]:w-full [&_textarea]:rounded-md [&_textarea]:border [&_textarea]:p-2 " +
  "[&_.field-description]:text-xs [&_.field-description]:text-muted-foreground [&_.error-detail]:text-xs [&_.error-detail]:text-danger [&_.checkbox_label]:flex [&_.checkbox_label]:items-center [&_.checkbox_label]:gap-2";

export function TemplateWizard({ template, teams, githubHosts, entities }: Props) {
  const router = useRouter();
  const pages = useMemo(() => template.pages.map((p) => splitUiSchema(p)), [template.pages]);
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [dryRun, setDryRun] = useState<DryRunResult | null>(null);
  const [error, setError] = useState<ServerError | null>(null);
  const [busy, setBusy] = useState<"dry-run" | "create" | null>(null);
  const isReview = step >= pages.length;
  const titles = [...template.pages.map((p, i) => String(p.title ?? `Step ${i + 1}`)), "Review"];

  async function submit(dry: boolean) {
    setBusy(dry ? "dry-run" : "create");
    setError(null);
    try {
      const res = await fetch("/api/v1/scaffolder/tasks", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ templateRef: template.ref, values, dryRun: dry }) });
      const body = await res.json();
      if (!res.ok) {
        setError({ message: body.error?.message ?? `the server answered ${res.status}`, issues: body.error?.issues ?? [] });
        return;
      }
      if (dry) setDryRun(body as DryRunResult);
      else router.push(`/create/tasks/${body.id}`);
    } catch {
      setError({ message: "the portal could not be reached; try again", issues: [] });
    } finally {
      setBusy(null);
    }
  }

  const pageOf = (field: string) => template.pages.findIndex((p) => fieldsOf(p).includes(field.split(".")[0]!));

  return (
    <PickerContext.Provider value={{ teams, githubHosts, entities }}>
      <nav aria-label="Form steps" className="mb-4">
        <ol className="flex flex-wrap gap-2 text-sm">
          {titles.map((t, i) => (
            <li key={t + i} aria-current={i === step ? "step" : undefined} className={i === step ? "rounded-full bg-primary px-3 py-1 text-primary-foreground" : "rounded-full border px-3 py-1 text-muted-foreground"}>
              {i + 1}. {t}
            </li>
          ))}
        </ol>
      </nav>
      <Card className="max-w-5xl">
        <CardHeader><CardTitle>{titles[Math.min(step, titles.length - 1)]}</CardTitle></CardHeader>
        <CardContent>
          {!isReview ? (
            <Form
              key={step}
              className={formStyles}
              schema={pages[step]!.schema as RJSFSchema}
              uiSchema={{ ...(pages[step]!.uiSchema as UiSchema), "ui:title": " " }}
              formData={values}
              validator={validator}
              fields={pickerFields}
              showErrorList={false}
              noHtml5Validate
              onChange={(e) => setValues((v) => ({ ...v, ...(e.formData as Record<string, unknown>) }))}
              onSubmit={(e) => {
                setValues((v) => ({ ...v, ...(e.formData as Record<string, unknown>) }));
                setDryRun(null);
                setStep(step + 1);
              }}
            >
              <div className="flex gap-2">
                {step > 0 && <Button type="button" variant="secondary" onClick={() => setStep(step - 1)}>Back</Button>}
                <Button type="submit">{step === pages.length - 1 ? "Review" : "Next"}</Button>
              </div>
            </Form>
          ) : (
            <div className="grid gap-4">
              <dl aria-label="Your answers" className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
                {Object.entries(values).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt className="text-muted-foreground">{k}</dt>
                    <dd className="font-mono break-all">{typeof v === "string" ? v : JSON.stringify(v)}</dd>
                  </div>
                ))}
              </dl>
              {error && (
                <FormMessage tone="error">
                  {error.message.charAt(0).toUpperCase() + error.message.slice(1)}
                  {error.issues.length > 0 && (
                    <ul className="mt-1 list-disc pl-5">
                      {error.issues.map((i) => (
                        <li key={i.path + i.message}>
                          {i.path}: {i.message}{" "}
                          {pageOf(i.path) >= 0 && <button type="button" className="underline" onClick={() => setStep(pageOf(i.path))}>Change {i.path}</button>}
                        </li>
                      ))}
                    </ul>
                  )}
                </FormMessage>
              )}
              <div className="flex flex-wrap gap-2">
                <Button type="button" variant="secondary" onClick={() => setStep(pages.length - 1)} disabled={busy !== null}>Back</Button>
                <Button type="button" variant="secondary" onClick={() => submit(true)} disabled={busy !== null}>{busy === "dry-run" ? "Rendering…" : "Dry run"}</Button>
                <Button type="button" onClick={() => submit(false)} disabled={busy !== null}>{busy === "create" ? "Starting…" : "Create"}</Button>
              </div>
              {dryRun && <DryRunView result={dryRun} />}
            </div>
          )}
        </CardContent>
      </Card>
    </PickerContext.Provider>
  );
}
