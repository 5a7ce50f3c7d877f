"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import { createSourceAction, listOriginChoicesAction } from "../actions";
import { SourceForm } from "./source-form";

/**
 * "Add source" opens the form; a saved source (or the one the URL already belonged to) opens its
 * page. The origins to choose from load when the form opens, not with every page of the list.
 */
export function AddSource() {
  const t = useTranslations("sources");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [entities, setEntities] = useState<EntityDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!entities) {
    return (
      <div className="flex flex-col items-start gap-2">
        <Button
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await listOriginChoicesAction({});
              if (result.ok) {
                setError(null);
                setEntities(result.data);
              } else setError(tErrors(result.code));
            })
          }
        >
          {t("add")}
        </Button>
        {error && <Notice tone="error">{error}</Notice>}
      </div>
    );
  }
  return (
    <SourceForm
      source={null}
      entities={entities}
      submit={(fields) => createSourceAction(fields)}
      onSaved={({ source, existing }) => router.push(`/sources/${source.id}?${existing ? "existing" : "created"}=1`)}
      onCancel={() => setEntities(null)}
    />
  );
}
