"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useLayoutEffect, useRef, useState, type TextareaHTMLAttributes } from "react";
import { mentionAt } from "@/lib/domain/comments/mention-query";
import type { PickerChoice } from "@/lib/schemas/pickers";

/**
 * A comment box that offers team members as someone types "@" and letters (up to 8, from
 * /api/pickers/members, the team's active members). The combobox pattern on a textarea (which
 * may not take role=combobox): aria-autocomplete, aria-controls and aria-activedescendant point
 * at the listbox; arrows move, Enter or Tab insert "@Name " (what lib/domain/comments/mentions.ts
 * reads), Escape closes; a polite live region says how many match.
 */
export function MentionTextarea({
  label,
  hint,
  value,
  onValueChange,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  label: string;
  hint?: string;
  value: string;
  onValueChange: (value: string) => void;
}) {
  const t = useTranslations("comments");
  const tLookup = useTranslations("lookup");
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const caretAfterInsert = useRef<number | null>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [found, setFound] = useState<{ for: string; choices: PickerChoice[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  // Escape closes the list until the caret leaves that mention.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const query = mention && mention.start !== dismissedAt ? mention.query : null;

  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/pickers/members?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { choices: PickerChoice[] };
        setFound({ for: query, choices: body.choices });
        setFailed(false);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // Only the answer to what is typed now: an older one would offer the wrong people.
  const options = query !== null && found?.for === query ? found.choices : [];
  const listed = options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  function follow(element: HTMLTextAreaElement) {
    const next = mentionAt(element.value, element.selectionStart);
    setMention(next);
    if (next?.start !== mention?.start || next?.query !== mention?.query) setActive(0);
    if (next === null || next.start !== dismissedAt) setDismissedAt(null);
  }

  function insert(choice: PickerChoice) {
    if (!mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const inserted = `@${choice.label} `;
    const next = value.slice(0, mention.start) + inserted + value.slice(caret);
    onValueChange(next);
    setMention(null);
    caretAfterInsert.current = mention.start + inserted.length;
  }

  // The caret goes after the inserted name as the new text is drawn, before the next key is read:
  // placed a frame later, it would jump back over letters typed meanwhile.
  useLayoutEffect(() => {
    if (caretAfterInsert.current === null) return;
    ref.current?.setSelectionRange(caretAfterInsert.current, caretAfterInsert.current);
    caretAfterInsert.current = null;
  });

  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        {...textarea}
        ref={ref}
        id={`${id}-input`}
        value={value}
        aria-autocomplete="list"
        aria-controls={listed ? `${id}-list` : undefined}
        aria-activedescendant={listed ? `${id}-option-${activeIndex}` : undefined}
        aria-describedby={[hintId, `${id}-status`].filter(Boolean).join(" ")}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
        onChange={(event) => {
          onValueChange(event.target.value);
          follow(event.target);
        }}
        onSelect={(event) => follow(event.currentTarget)}
        onBlur={() => setMention(null)}
        onKeyDown={(event) => {
          if (!listed) return;
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((index) => Math.min(options.length - 1, index + 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => Math.max(0, index - 1));
          } else if (event.key === "Enter" || event.key === "Tab") {
            event.preventDefault();
            const choice = options[activeIndex];
            if (choice) insert(choice);
          } else if (event.key === "Escape") {
            event.preventDefault();
            setDismissedAt(mention?.start ?? null);
          }
        }}
      />
      {listed && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t("mentionSuggestions")}
          // Scrollable, so Chrome would make it a Tab stop: the field keeps the keyboard (aria-activedescendant).
          tabIndex={-1}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded-md border border-slate-300 bg-white text-sm shadow-lg"
        >
          {options.map((choice, index) => (
            <li
              key={choice.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className="cursor-pointer px-3 py-2 aria-selected:bg-brand-50"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => insert(choice)}
            >
              <bdi>{choice.label}</bdi>
            </li>
          ))}
        </ul>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <span id={`${id}-status`} className="sr-only" aria-live="polite">
        {query !== null && failed
          ? tLookup("failed")
          : query !== null && found?.for === query
            ? t("mentionResults", { count: options.length })
            : ""}
      </span>
    </div>
  );
}
