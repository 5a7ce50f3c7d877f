"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { PickerChoice, TPickerKind } from "@/lib/schemas/pickers";

/**
 * A filter of a GET form that looks its choices up as someone types (up to 20 from
 * /api/pickers/<kind>), instead of carrying the team's whole list in a select. The chosen id
 * travels in a hidden input named `name`; an empty box means "any". An ARIA combobox (the
 * pattern of components/entities/entity-picker.tsx): arrows move, Enter picks, Escape closes.
 */
export function LookupCombobox({
  kind,
  name,
  label,
  anyLabel,
  initial,
  className = "",
}: {
  kind: TPickerKind;
  name: string;
  label: string;
  anyLabel: string;
  /** The choice in the URL, looked up by id when the page loaded. */
  initial: PickerChoice | null;
  className?: string;
}) {
  const t = useTranslations("lookup");
  const tKinds = useTranslations("entities.kinds");
  const id = useId();
  const [selected, setSelected] = useState<PickerChoice | null>(initial);
  // null while the box shows the selection; the words typed otherwise.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [found, setFound] = useState<{ for: string; choices: PickerChoice[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const words = (query ?? "").trim();

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/pickers/${kind}?q=${encodeURIComponent(words)}`, {
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { choices: PickerChoice[] };
        setFound({ for: words, choices: body.choices });
        setFailed(false);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, words, kind]);

  // Only the answer to what is typed now; an older answer would offer the wrong choices.
  const options = found && found.for === words ? found.choices : [];
  const listed = open && options.length > 0;

  function choose(choice: PickerChoice) {
    setSelected(choice);
    setQuery(null);
    setOpen(false);
  }

  return (
    <div className={`relative flex flex-col gap-1 text-sm font-medium ${className}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={listed}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={listed ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-status`}
        dir="auto"
        autoComplete="off"
        maxLength={100}
        placeholder={anyLabel}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 font-normal"
        value={query ?? selected?.label ?? ""}
        onChange={(event) => {
          setQuery(event.target.value);
          // Emptied: the filter is off ("any").
          if (event.target.value === "") setSelected(null);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(options.length - 1, index + 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => Math.max(0, index - 1));
          } else if (event.key === "Enter" && listed) {
            // Picks the choice; the next Enter submits the form.
            event.preventDefault();
            const choice = options[Math.min(active, options.length - 1)];
            if (choice) choose(choice);
          } else if (event.key === "Escape" && open) {
            event.preventDefault();
            setOpen(false);
            setQuery(null);
          }
        }}
      />
      {listed && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={label}
          // Scrollable, so Chrome would make it a Tab stop: the field keeps the keyboard (aria-activedescendant).
          tabIndex={-1}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 min-w-64 overflow-y-auto rounded-md border border-slate-300 bg-white font-normal shadow-lg"
        >
          {options.map((choice, index) => (
            <li
              key={choice.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className="cursor-pointer px-3 py-2 aria-selected:bg-brand-50"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(choice)}
            >
              <span dir="auto">{choice.label}</span>
              {choice.hint && (
                <span className="text-xs text-slate-600">
                  {" "}
                  · {tKinds.has(choice.hint as never) ? tKinds(choice.hint as never) : choice.hint}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <span id={`${id}-status`} className="sr-only" aria-live="polite">
        {open && failed
          ? t("failed")
          : open && found && found.for === words
            ? t("results", { count: options.length })
            : ""}
      </span>
    </div>
  );
}
