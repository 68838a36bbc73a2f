"use client";
// Dispatch a workflow: the form is generated from the workflow file's workflow_dispatch inputs
// (string, choice, boolean, number), validated again on the server before GitHub is called.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Play } from "lucide-react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { apiJson } from "./api";

type WorkflowInput = { name: string; description: string | null; type: string; required: boolean; default: string | null; options: string[] };
type Dispatchable = { id: number; name: string; file: string; inputs: WorkflowInput[] };

export function DispatchDialog({ entityRef }: { entityRef: string }) {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState("");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const workflows = useQuery({ queryKey: ["dispatchable", entityRef], queryFn: () => apiJson<{ items: Dispatchable[] }>(`/api/v1/pipelines/workflows?entity=${encodeURIComponent(entityRef)}`), enabled: open });
  const items = workflows.data?.items ?? [];
  const chosen = items.find((w) => w.file === file) ?? items[0];

  function submit(form: FormData) {
    if (!chosen) return;
    const inputs: Record<string, string> = {};
    for (const i of chosen.inputs) {
      const v = i.type === "boolean" ? (form.get(`input-${i.name}`) ? "true" : "false") : String(form.get(`input-${i.name}`) ?? "");
      if (v !== "") inputs[i.name] = v;
    }
    startTransition(async () => {
      setMessage(null);
      try {
        await apiJson("/api/v1/pipelines/dispatch", { method: "POST", body: { entity: entityRef, workflow: chosen.file, ref: String(form.get("ref") ?? "main"), inputs } });
        setMessage({ tone: "success", text: `Dispatched ${chosen.file}; its run appears in the list in a moment.` });
        await queryClient.invalidateQueries({ queryKey: ["pipeline-runs"] });
      } catch (error) {
        setMessage({ tone: "error", text: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  return (
    <Dialog open={open} onOpenChange={(o) => { setOpen(o); setMessage(null); }}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary"><Play aria-hidden /> Run workflow</Button>
      </DialogTrigger>
      <DialogContent title="Run a workflow" description="Workflows with a workflow_dispatch trigger; the fields are the workflow's inputs.">
        {workflows.isLoading && <p className="text-sm text-muted-foreground">Reading the workflows…</p>}
        {workflows.error && <FormMessage tone="error">{workflows.error.message}</FormMessage>}
        {workflows.data && !items.length && <p className="text-sm text-muted-foreground">No workflow of this repository has a workflow_dispatch trigger.</p>}
        {chosen && (
          <form action={submit} className="grid gap-3">
            <Field id="dispatch-workflow" label="Workflow">
              <Select value={chosen.file} onChange={(e) => setFile(e.target.value)}>
                {items.map((w) => <option key={w.file} value={w.file}>{w.name} ({w.file})</option>)}
              </Select>
            </Field>
            <Field id="dispatch-ref" label="Branch or tag" required>
              <Input name="ref" defaultValue="main" />
            </Field>
            {chosen.inputs.map((i) => (
              <Field key={`${chosen.file}-${i.name}`} id={`dispatch-input-${i.name}`} label={i.name} hint={i.description ?? undefined} required={i.required}>
                {i.type === "choice" ? (
                  <Select name={`input-${i.name}`} defaultValue={i.default ?? i.options[0]}>
                    {i.options.map((o) => <option key={o}>{o}</option>)}
                  </Select>
                ) : i.type === "boolean" ? (
                  <input type="checkbox" name={`input-${i.name}`} defaultChecked={i.default === "true"} className="size-4 justify-self-start" />
                ) : (
                  <Input name={`input-${i.name}`} type={i.type === "number" ? "number" : "text"} defaultValue={i.default ?? ""} />
                )}
              </Field>
            ))}
            {message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
            <DialogFooter>
              <Button type="submit" disabled={pending}><Play aria-hidden /> Run {chosen.file}</Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
