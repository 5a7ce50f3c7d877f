"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import { createSourceAction } from "../actions";
import { SourceForm } from "./source-form";

/** "Add source" opens the form; a saved source (or the one the URL already belonged to) opens its page. */
export function AddSource({ entities }: { entities: EntityDto[] }) {
  const t = useTranslations("sources");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div>
        <Button onClick={() => setOpen(true)}>{t("add")}</Button>
      </div>
    );
  }
  return (
    <SourceForm
      source={null}
      entities={entities}
      submit={(fields) => createSourceAction(fields)}
      onSaved={({ source, existing }) => router.push(`/sources/${source.id}?${existing ? "existing" : "created"}=1`)}
      onCancel={() => setOpen(false)}
    />
  );
}
