"use client";
// A select that applies its value at once through a server action (a role, a team role) and
// shows the action's error beside it instead of silently reverting.
import { useState, useTransition } from "react";

type Props = {
  label: string;
  value: string;
  options: readonly string[];
  /** A server action, usually bound to the row: `setRoleAction.bind(null, userId)`. */
  action: (value: string) => Promise<{ error?: string } | undefined>;
  disabled?: boolean;
};

export function ActionSelect({ label, value, options, action, disabled }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <select
        aria-label={label}
        defaultValue={value}
        disabled={disabled || pending}
        className="h-8 rounded-md border border-input bg-card px-2 text-sm"
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => setError((await action(next))?.error ?? null));
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      {error && <span className="text-xs text-danger">{error}</span>}
    </span>
  );
}
