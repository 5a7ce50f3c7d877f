"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { entityName } from "@/lib/domain/entities/entity-name";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { ENTITY_KINDS, type TEntityKind } from "@/lib/schemas/entities";
import type { EntityDto } from "@/lib/server/entities/entity-dto";

const MAX_OPTIONS = 8;

interface Props {
  label: string;
  entities: EntityDto[];
  value: string | null;
  onChange(entityId: string | null): void;
  disabled?: boolean;
  /** When given, an unknown name can be created on the spot. */
  onCreate?(name: string, kind: TEntityKind): Promise<EntityDto | null>;
}

/**
 * Picks an entity by any of its names, in any script: "اومسين", "Diaby" and "omar omsen"
 * all find Omar Omsen (names compared after Arabic normalisation). An ARIA combobox, so
 * arrows, Enter and Escape work as screen-reader users expect.
 */
export function EntityPicker({ label, entities, value, onChange, disabled, onCreate }: Props) {
  const t = useTranslations("entities.picker");
  const tKinds = useTranslations("entities.kinds");
  const locale = useLocale();
  const id = useId();
  const selected = entities.find((entity) => entity.id === value) ?? null;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<{ name: string; kind: TEntityKind } | null>(null);

  const options = useMemo(() => matchingEntities(entities, query ?? ""), [entities, query]);
  const offerCreate = Boolean(
    onCreate &&
    query?.trim() &&
    !options.some((entity) =>
      [entity.name, entity.arabicName].some(
        (name) => name && normalizeForMatch(name) === normalizeForMatch(query ?? ""),
      ),
    ),
  );
  const count = options.length + (offerCreate ? 1 : 0);

  function choose(index: number) {
    if (index < options.length) {
      onChange(options[index]!.id);
      setQuery(null);
      setOpen(false);
    } else if (offerCreate) {
      setCreating({ name: query!.trim(), kind: "PERSON" });
      setOpen(false);
    }
  }

  async function create() {
    if (!creating || !onCreate) return;
    const entity = await onCreate(creating.name, creating.kind);
    if (entity) {
      onChange(entity.id);
      setCreating(null);
      setQuery(null);
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="relative flex gap-2">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open && count > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && count > 0 ? `${id}-option-${active}` : undefined}
          dir="auto"
          disabled={disabled}
          autoComplete="off"
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2"
          value={query ?? (selected ? entityName(selected, locale) : "")}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") {
              event.preventDefault();
              setOpen(true);
              setActive((index) => Math.min(count - 1, index + 1));
            } else if (event.key === "ArrowUp") {
              event.preventDefault();
              setActive((index) => Math.max(0, index - 1));
            } else if (event.key === "Enter" && open && count > 0) {
              event.preventDefault();
              choose(active);
            } else if (event.key === "Escape") {
              setOpen(false);
              setQuery(null);
            }
          }}
        />
        {selected && !disabled && (
          <Button variant="ghost" onClick={() => onChange(null)} aria-label={t("clear", { label })}>
            ×
          </Button>
        )}
        {open && count > 0 && (
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label={label}
            // Scrollable, so Chrome would make it a Tab stop: the input keeps the keyboard (aria-activedescendant).
            tabIndex={-1}
            className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg"
          >
            {options.map((entity, index) => (
              <li
                key={entity.id}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                className="cursor-pointer px-3 py-2 aria-selected:bg-brand-50"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(index)}
              >
                <span dir="auto">{entityName(entity, locale)}</span>{" "}
                <span className="text-xs text-slate-600">· {tKinds(entity.kind)}</span>
                {otherNames(entity, locale).length > 0 && (
                  <span dir="auto" className="block truncate text-xs text-slate-600">
                    {otherNames(entity, locale).join(" · ")}
                  </span>
                )}
              </li>
            ))}
            {offerCreate && (
              <li
                id={`${id}-option-${options.length}`}
                role="option"
                aria-selected={active === options.length}
                className="cursor-pointer px-3 py-2 font-medium text-brand-700 aria-selected:bg-brand-50"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(options.length)}
              >
                {t("create", { name: query!.trim() })}
              </li>
            )}
          </ul>
        )}
      </div>
      {creating && (
        <div className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 bg-slate-50 p-2">
          <label className="flex flex-col gap-1 text-sm">
            {t("kind")}
            <select
              className="rounded-md border border-slate-400 bg-white px-2 py-1"
              value={creating.kind}
              onChange={(e) => setCreating({ ...creating, kind: e.target.value as TEntityKind })}
            >
              {ENTITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {tKinds(kind)}
                </option>
              ))}
            </select>
          </label>
          <Button onClick={create}>{t("createConfirm", { name: creating.name })}</Button>
          <Button variant="ghost" onClick={() => setCreating(null)}>
            {t("cancel")}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The names under the one shown: the entity's other-language name, then its aliases. */
function otherNames(entity: EntityDto, locale: string): string[] {
  const shown = entityName(entity, locale);
  return [entity.name, entity.arabicName, ...entity.aliases].filter(
    (name): name is string => Boolean(name) && name !== shown,
  );
}

function matchingEntities(entities: EntityDto[], query: string): EntityDto[] {
  const key = normalizeForMatch(query);
  if (!key) return entities.slice(0, MAX_OPTIONS);
  return entities
    .filter((entity) =>
      [entity.name, entity.arabicName ?? "", ...entity.aliases].some((name) => normalizeForMatch(name).includes(key)),
    )
    .slice(0, MAX_OPTIONS);
}
