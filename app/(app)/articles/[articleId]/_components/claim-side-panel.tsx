"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { ClaimEditor } from "@/components/claims/claim-editor";
import { articleTextOf } from "@/components/editor/article-html";
import { Notice } from "@/components/ui/notice";
import type { Role } from "@/lib/auth/permissions";
import { highlightOnCurrentRevision } from "@/lib/domain/claims/claim-highlights";
import type { ClaimDto, PersonRef } from "@/lib/server/claims/claim-dto";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import { claimEditorChoicesAction, getWorkbenchClaimAction } from "../actions";
import { AnchorPanel } from "./anchor-panel";

export interface ClaimSidePanelProps {
  articleId: string;
  claimId: string;
  revisionId: string;
  /** The current text as rendered (components/editor/article-html.ts reads the text back from it). */
  articleHtml: string;
  language: string;
  direction: "rtl" | "ltr";
  role: Role;
  canAssign: boolean;
  canManageEntities: boolean;
  /** The span selected in the reader, if any. */
  selection(): { start: number; end: number } | null;
  onClose(): void;
  /** The claim was just made from a selection: its editor takes the keyboard focus. */
  focusOnOpen?: boolean;
  /** Something the page shows changed (panel rows, highlights): refresh its data. */
  onChanged(): void;
  onDeleted(): void;
}

/**
 * The open claim: where it stands in the text and its editor. Loaded on demand (the page sends
 * only the panel's rows), like the editor's choices of claimants and people, fetched once.
 */
export default function ClaimSidePanel(props: ClaimSidePanelProps) {
  const { articleId, claimId, revisionId, articleHtml, onChanged } = props;
  const revision = useMemo(() => ({ id: revisionId, text: articleTextOf(articleHtml) }), [revisionId, articleHtml]);
  const t = useTranslations("workbench");
  const [loaded, setLoaded] = useState<{ claim: ClaimDto; reloads: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const [reloads, setReloads] = useState(0);
  const [choices, setChoices] = useState<{ entities: EntityDto[]; people: PersonRef[] } | null>(null);
  // Entities created inline show up at once.
  const [createdEntities, setCreatedEntities] = useState<EntityDto[]>([]);

  useEffect(() => {
    let live = true;
    void getWorkbenchClaimAction({ articleId, claimId }).then((result) => {
      if (!live) return;
      if (result.ok) setLoaded({ claim: result.data, reloads });
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [articleId, claimId, reloads]);

  useEffect(() => {
    let live = true;
    void claimEditorChoicesAction({}).then((result) => {
      if (live && result.ok) setChoices(result.data);
    });
    return () => {
      live = false;
    };
  }, []);

  const entities = useMemo(
    () => [
      ...(choices?.entities ?? []),
      ...createdEntities.filter((created) => !choices?.entities.some((entity) => entity.id === created.id)),
    ],
    [choices, createdEntities],
  );
  const claim = loaded?.claim.id === claimId ? loaded.claim : null;
  const highlight = useMemo(
    () => claim && highlightOnCurrentRevision(revision, { ...claim, claimId: claim.id }),
    [claim, revision],
  );

  if (failed) return <Notice tone="error">{t("claimUnavailable")}</Notice>;
  if (!claim || !highlight || !choices)
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600" aria-busy="true">
        {t("loadingClaim")}
      </p>
    );
  return (
    <>
      <AnchorPanel
        key={`anchor-${claim.id}`}
        claim={claim}
        highlight={highlight}
        role={props.role}
        revisionId={revisionId}
        language={props.language}
        direction={props.direction}
        selection={props.selection}
        onChanged={() => {
          setReloads((count) => count + 1);
          onChanged();
        }}
      />
      <ClaimEditor
        key={`${claim.id}-${loaded!.reloads}`}
        claim={claim}
        articleLanguage={props.language}
        articleDirection={props.direction}
        entities={entities}
        people={choices.people}
        role={props.role}
        canAssign={props.canAssign}
        canManageEntities={props.canManageEntities}
        onEntityCreated={(entity) => setCreatedEntities((list) => [...list, entity])}
        onClose={props.onClose}
        focusOnOpen={props.focusOnOpen}
        onSaved={(saved) => {
          setLoaded((current) => current && { ...current, claim: saved });
          onChanged();
        }}
        onDeleted={props.onDeleted}
      />
    </>
  );
}
