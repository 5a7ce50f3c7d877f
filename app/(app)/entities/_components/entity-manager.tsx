"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import { EntityForm } from "./entity-form";

/** The team's claimants and origins: search by any spelling, add, edit. */
export function EntityManager({
  entities,
  query,
  canManage,
}: {
  entities: EntityDto[];
  query: string;
  canManage: boolean;
}) {
  const t = useTranslations("entities");
  const router = useRouter();
  const [editing, setEditing] = useState<EntityDto | "new" | null>(null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);

  return (
    <div className="flex flex-col gap-4">
      <form role="search" className="flex flex-wrap items-end gap-2" action="/entities">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("search")}
          <input
            name="q"
            type="search"
            dir="auto"
            defaultValue={query}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 font-normal"
          />
        </label>
        <Button type="submit" variant="secondary">
          {t("searchButton")}
        </Button>
        {canManage && (
          <Button
            className="ms-auto"
            onClick={() => {
              setSavedMessage(null);
              setEditing("new");
            }}
          >
            {t("add")}
          </Button>
        )}
      </form>
      {editing && (
        <EntityForm
          entity={editing === "new" ? null : editing}
          onDone={(message) => {
            setEditing(null);
            setSavedMessage(message);
            router.refresh();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {!editing && savedMessage && <Notice tone="success">{savedMessage}</Notice>}
      {entities.length === 0 ? (
        <p className="text-slate-600">{query ? t("noMatch") : t("empty")}</p>
      ) : (
        <table
          className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm"
          data-testid="entities-table"
        >
          <thead className="bg-slate-100 text-start">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">
                {t("name")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("kind")}
              </th>
              <th scope="col" className="px-3 py-2 text-start">
                {t("aliases")}
              </th>
              {canManage && (
                <th scope="col" className="px-3 py-2 text-start">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entities.map((entity) => (
              <tr key={entity.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  <Link href={`/entities/${entity.id}`} dir="auto" className="text-brand-800 hover:underline">
                    {entity.name}
                  </Link>
                  {entity.description && <p className="font-normal text-slate-600">{entity.description}</p>}
                </th>
                <td className="px-3 py-2">{t(`kinds.${entity.kind}`)}</td>
                <td className="px-3 py-2">
                  <ul className="flex flex-wrap gap-1">
                    {entity.aliases.map((alias) => (
                      <li key={alias} dir="auto" className="rounded bg-slate-100 px-1.5 py-0.5">
                        {alias}
                      </li>
                    ))}
                  </ul>
                </td>
                {canManage && (
                  <td className="px-3 py-2">
                    <Button
                      variant="ghost"
                      onClick={() => {
                        setSavedMessage(null);
                        setEditing(entity);
                      }}
                      aria-label={t("editLabel", { name: entity.name })}
                    >
                      {t("edit")}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
