"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteClaimAction, updateClaimAction, createEntityAction } from "@/app/(app)/articles/[articleId]/actions";
import { EntityPicker } from "@/components/entities/entity-picker";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CorroborationSummary } from "@/components/sources/corroboration-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { Role } from "@/lib/auth/permissions";
import { emptyDetails } from "@/lib/domain/claims/claim-details";
import { canChangeContent } from "@/lib/domain/workflow/claim-workflow";
import { CLAIM_TYPES, type TClaimFields, type TClaimType } from "@/lib/schemas/claims";
import type { ClaimDto, PersonRef } from "@/lib/server/claims/claim-dto";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import { ClaimBadges } from "./claim-badges";
import { ClaimConflict } from "./claim-conflict";
import { ClaimTypeFields } from "./claim-type-fields";

interface Props {
  claim: ClaimDto;
  articleLanguage: string;
  articleDirection: "rtl" | "ltr";
  entities: EntityDto[];
  people: PersonRef[];
  role: Role;
  canAssign: boolean;
  canManageEntities: boolean;
  onEntityCreated(entity: EntityDto): void;
  onClose(): void;
  /** Opened for a claim the person just made: the keyboard goes straight to its first field. */
  focusOnOpen?: boolean;
  onSaved(claim: ClaimDto): void;
  onDeleted(): void;
}

function fieldsOf(claim: ClaimDto): TClaimFields {
  return {
    statement: claim.statement,
    details: claim.details,
    claimantId: claim.claimant?.id ?? null,
    reportedViaId: claim.reportedVia?.id ?? null,
    claimedAt: claim.claimedAt?.slice(0, 10) ?? null,
    assigneeId: claim.assignee?.id ?? null,
  };
}

/**
 * Edits one claim. The form owns its draft and the version it is based on, so a refresh of
 * the page's data after a save does not wipe the confirmation or the user's input. A save based on a version someone else has since changed is refused;
 * the form then shows what they changed and keeps everything the user typed.
 */
export function ClaimEditor(props: Props) {
  const { claim, articleLanguage, articleDirection, entities, people, role, canAssign } = props;
  // The workflow decides, per claim: content is frozen from review on; the assignee is an editor's call.
  const editRule = canChangeContent(claim.status, "edit", role);
  const canEdit = editRule.ok;
  const canDelete = canChangeContent(claim.status, "delete", role).ok;
  const frozenReason = !editRule.ok && editRule.reason !== "forbidden" ? editRule.reason : null;
  const tErrors = useTranslations("errors");
  const t = useTranslations("claims");
  const tPage = useTranslations("claimPage");
  const [draft, setDraft] = useState<TClaimFields>(() => fieldsOf(claim));
  const [baseVersion, setBaseVersion] = useState(claim.version);
  const [conflict, setConflict] = useState<ClaimDto | null>(null);
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const set = (patch: Partial<TClaimFields>) => setDraft((current) => ({ ...current, ...patch }));

  function save() {
    startTransition(async () => {
      const result = await updateClaimAction({ claimId: claim.id, version: baseVersion, ...draft });
      if (!result.ok && result.code === "STALE_VERSION" && result.details?.current) {
        setConflict(result.details.current as ClaimDto);
      }
      if (report(result, t("saved")) && result.ok) {
        setConflict(null);
        setDraft(fieldsOf(result.data));
        setBaseVersion(result.data.version);
        props.onSaved(result.data);
      }
    });
  }

  function remove() {
    if (!window.confirm(t("confirmDelete"))) return;
    startTransition(async () => {
      const result = await deleteClaimAction({ claimId: claim.id, version: baseVersion });
      if (report(result, t("deleted"))) props.onDeleted();
    });
  }

  async function createEntity(name: string, kind: EntityDto["kind"]) {
    const result = await createEntityAction({ name, kind, aliases: [], sameAs: [] });
    if (!report(result, t("entityCreated", { name })) || !result.ok) return null;
    props.onEntityCreated(result.data);
    return result.data;
  }

  return (
    <section
      aria-labelledby="claim-editor-heading"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="claim-editor"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="claim-editor-heading" className="text-lg font-semibold">
          {t("editorTitle")}
        </h2>
        <Button variant="ghost" onClick={props.onClose}>
          {t("backToList")}
        </Button>
      </div>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-sm font-medium text-slate-800">{t("quote")}</figcaption>
        <blockquote
          lang={articleLanguage}
          dir={articleDirection}
          className="border-s-4 border-amber-300 bg-amber-50 px-3 py-2"
          data-testid="claim-quote"
        >
          {claim.exact}
        </blockquote>
        <ClaimBadges claim={claim} />
      </figure>
      <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3">
        <CorroborationSummary corroboration={claim.corroboration} />
        <Link
          href={`/claims/${claim.id}`}
          className="self-start text-sm font-medium text-brand-800 hover:underline"
          data-testid="open-claim-page"
        >
          {tPage("openClaim")}
        </Link>
      </div>

      {conflict && (
        <ClaimConflict
          base={claim}
          current={conflict}
          onKeepMine={() => {
            setBaseVersion(conflict.version);
            setConflict(null);
          }}
          onTakeTheirs={() => {
            setDraft(fieldsOf(conflict));
            setBaseVersion(conflict.version);
            setConflict(null);
            props.onSaved(conflict);
          }}
        />
      )}

      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {frozenReason && (
          <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm" data-testid="claim-frozen">
            {tErrors(frozenReason)}
          </p>
        )}
        <fieldset disabled={!canEdit || pending} className="flex flex-col gap-4">
          <TextAreaField
            label={t("statement")}
            hint={t("statementHint")}
            rows={3}
            // A statement may be written in another language than the article's: it takes its own direction.
            dir="auto"
            autoFocus={props.focusOnOpen}
            lang={articleLanguage}
            value={draft.statement}
            onChange={(e) => set({ statement: e.target.value })}
          />
          <SelectField
            label={t("typeLabel")}
            value={draft.details.type}
            onChange={(e) => {
              const type = e.target.value as TClaimType;
              set({ details: type === claim.details.type ? claim.details : emptyDetails(type) });
            }}
          >
            {CLAIM_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </SelectField>
          <ClaimTypeFields
            details={draft.details}
            onChange={(details) => set({ details })}
            disabled={!canEdit}
            dir={articleDirection}
          />
          <EntityPicker
            label={t("claimant")}
            entities={entities}
            value={draft.claimantId ?? null}
            onChange={(claimantId) => set({ claimantId })}
            onCreate={props.canManageEntities ? createEntity : undefined}
            disabled={!canEdit}
          />
          <EntityPicker
            label={t("reportedVia")}
            entities={entities}
            value={draft.reportedViaId ?? null}
            onChange={(reportedViaId) => set({ reportedViaId })}
            onCreate={props.canManageEntities ? createEntity : undefined}
            disabled={!canEdit}
          />
          <TextField
            label={t("claimedAt")}
            type="date"
            value={draft.claimedAt ?? ""}
            onChange={(e) => set({ claimedAt: e.target.value || null })}
          />
        </fieldset>
        <fieldset disabled={!canAssign || pending} className="flex flex-col gap-4">
          <SelectField
            label={t("assignee")}
            value={draft.assigneeId ?? ""}
            onChange={(e) => set({ assigneeId: e.target.value || null })}
          >
            <option value="">{t("unassigned")}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
        </fieldset>
        {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
        {(canEdit || canAssign) && (
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {t("save")}
            </Button>
            {canDelete && (
              <Button variant="danger" onClick={remove} disabled={pending}>
                {t("delete")}
              </Button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
