"use client";
// The pickers Backstage templates name with ui:field (EntityNamePicker, OwnerPicker,
// RepoUrlPicker, EntityPicker), as react-jsonschema-form fields over the portal's own data.
import type { FieldProps, RegistryFieldsType } from "@rjsf/utils";
import { createContext, useContext, useState, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type PickerData = {
  teams: { slug: string; name: string }[];
  githubHosts: { host: string; name: string; org: string | null }[];
  entities: { ref: string; kind: string }[];
};

export const PickerContext = createContext<PickerData>({ teams: [], githubHosts: [], entities: [] });

function Shell({ props, children, describe }: { props: FieldProps; children: ReactNode; describe?: string }) {
  const id = props.fieldPathId.$id;
  const title = (props.schema.title as string | undefined) ?? props.name;
  const errors = props.rawErrors ?? [];
  return (
    <div className="grid gap-1.5">
      <div className="flex gap-1 text-sm font-medium">
        <label htmlFor={id}>{title}</label>
        {props.required && <span aria-hidden className="text-danger">*</span>}
      </div>
      {children}
      {(props.schema.description || describe) && <p id={`${id}-hint`} className="text-xs text-muted-foreground">{describe ?? String(props.schema.description)}</p>}
      {errors.map((e) => <p key={e} className="text-xs text-danger">{e}</p>)}
    </div>
  );
}

const set = (props: FieldProps, value: string | undefined) => props.onChange(value === "" ? undefined : value, props.fieldPathId.path);

function EntityNamePicker(props: FieldProps) {
  const id = props.fieldPathId.$id;
  return (
    <Shell props={props}>
      <Input id={id} value={(props.formData as string | undefined) ?? ""} required={props.required} aria-describedby={`${id}-hint`} autoFocus={Boolean(props.uiSchema?.["ui:autofocus"])} onChange={(e) => set(props, e.target.value)} autoComplete="off" spellCheck={false} />
    </Shell>
  );
}

function OwnerPicker(props: FieldProps) {
  const { teams } = useContext(PickerContext);
  const id = props.fieldPathId.$id;
  return (
    <Shell props={props}>
      <Select id={id} value={(props.formData as string | undefined) ?? ""} required={props.required} onChange={(e) => set(props, e.target.value)}>
        <option value="">Choose a team</option>
        {teams.map((t) => <option key={t.slug} value={`group:default/${t.slug}`}>{t.name}</option>)}
      </Select>
    </Shell>
  );
}

function EntityPicker(props: FieldProps) {
  const { entities } = useContext(PickerContext);
  const id = props.fieldPathId.$id;
  const kinds = (props.uiSchema?.["ui:options"] as { catalogFilter?: { kind?: string | string[] } } | undefined)?.catalogFilter?.kind;
  const allowed = kinds ? (Array.isArray(kinds) ? kinds : [kinds]).map((k) => k.toLowerCase()) : null;
  const options = entities.filter((e) => !allowed || allowed.includes(e.kind.toLowerCase()));
  return (
    <Shell props={props}>
      <>
        <Input id={id} list={`${id}-options`} value={(props.formData as string | undefined) ?? ""} onChange={(e) => set(props, e.target.value)} autoComplete="off" />
        <datalist id={`${id}-options`}>{options.map((e) => <option key={e.ref} value={e.ref} />)}</datalist>
      </>
    </Shell>
  );
}

function parse(value: string | undefined) {
  if (!value) return { host: "", owner: "", repo: "" };
  try {
    const u = new URL(`https://${value}`);
    return { host: u.host, owner: u.searchParams.get("owner") ?? "", repo: u.searchParams.get("repo") ?? "" };
  } catch {
    return { host: "", owner: "", repo: "" };
  }
}

function RepoUrlPicker(props: FieldProps) {
  const { githubHosts } = useContext(PickerContext);
  const id = props.fieldPathId.$id;
  const allowed = (props.uiSchema?.["ui:options"] as { allowedHosts?: string[] } | undefined)?.allowedHosts;
  // "github.com" in a template means the GitHub this portal is connected to.
  const hosts = [
    { value: "local", label: "This portal's git server" },
    ...githubHosts.map((h) => ({ value: !allowed || allowed.includes(h.host) ? h.host : "github.com", label: `GitHub (${h.name})` })),
  ].filter((h, i, all) => (!allowed || allowed.includes(h.value)) && all.findIndex((x) => x.value === h.value) === i);
  const current = parse(props.formData as string | undefined);
  // The host is kept here too: before an owner or name is typed there is no value to hold it.
  const [chosenHost, setChosenHost] = useState(current.host || hosts[0]?.value || "");
  const host = current.host || chosenHost;
  const update = (next: Partial<typeof current>) => {
    if (next.host) setChosenHost(next.host);
    const v = { ...current, host, ...next };
    set(props, v.owner || v.repo ? `${v.host}?owner=${encodeURIComponent(v.owner)}&repo=${encodeURIComponent(v.repo)}` : undefined);
  };
  const errors = props.rawErrors ?? [];
  return (
    <fieldset className="grid gap-3 rounded-md border p-3">
      <legend className="px-1 text-sm font-medium">{(props.schema.title as string | undefined) ?? "Repository"}{props.required && <span aria-hidden className="text-danger"> *</span>}</legend>
      <label className="grid gap-1 text-sm">
        Host
        <Select id={`${id}-host`} value={host} onChange={(e) => update({ host: e.target.value })}>
          {hosts.map((h) => <option key={h.value} value={h.value}>{h.label}</option>)}
        </Select>
      </label>
      {hosts.length === 0 && <p className="text-xs text-danger">No allowed host is available: connect GitHub in Settings → Integrations.</p>}
      <label className="grid gap-1 text-sm">
        Repository owner
        <Input id={`${id}-owner`} value={current.owner} placeholder={host === "local" ? "your team, e.g. payments" : githubHosts[0]?.org ?? "organisation"} onChange={(e) => update({ owner: e.target.value })} autoComplete="off" />
      </label>
      <label className="grid gap-1 text-sm">
        Repository name
        <Input id={id} value={current.repo} onChange={(e) => update({ repo: e.target.value })} autoComplete="off" spellCheck={false} />
      </label>
      {errors.map((e) => <p key={e} className="text-xs text-danger">{e}</p>)}
    </fieldset>
  );
}

export const pickerFields: RegistryFieldsType = { EntityNamePicker, OwnerPicker, EntityPicker, RepoUrlPicker };
