"use client";

import { useId, useRef, useState } from "react";
import { Button } from "./button";

/**
 * A read-only value to copy (a public link, an embed code): the button copies it, or, where the
 * browser offers no clipboard (a plain-HTTP address), selects it for Ctrl+C. Left to right: links and code.
 */
export function CopyField({
  label,
  value,
  multiline = false,
  words,
  testId,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  words: { copy: string; copied: string; selected: string };
  testId?: string;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<"copied" | "selected" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      field.current?.select();
      setState("selected");
    }
  }
  const className =
    "min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-wrap items-start gap-2">
        {multiline ? (
          <textarea
            id={id}
            ref={field}
            value={value}
            readOnly
            dir="ltr"
            rows={3}
            onFocus={(event) => event.currentTarget.select()}
            className={className}
            data-testid={testId}
          />
        ) : (
          <input
            id={id}
            ref={field}
            value={value}
            readOnly
            dir="ltr"
            onFocus={(event) => event.currentTarget.select()}
            className={className}
            data-testid={testId}
          />
        )}
        <Button variant="secondary" onClick={() => void copy()}>
          {words.copy}
        </Button>
      </div>
      <p className="text-xs text-slate-700" role="status">
        {state === "copied" ? words.copied : state === "selected" ? words.selected : ""}
      </p>
    </div>
  );
}
