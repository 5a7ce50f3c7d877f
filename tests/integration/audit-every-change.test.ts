import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addRevision } from "@/lib/server/articles/add-revision";
import { importArticle } from "@/lib/server/articles/import-article";
import { bulkTransitionClaims } from "@/lib/server/claims/bulk-transition-claims";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { dismissSuggestion } from "@/lib/server/claims/dismiss-suggestion";
import { linkSameClaim } from "@/lib/server/claims/link-same-claim";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { createEntity } from "@/lib/server/entities/create-entity";
import { updateEntity } from "@/lib/server/entities/update-entity";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import {
  deleteRatingLabel,
  moveRatingLabel,
  retireRatingLabel,
  saveRatingLabel,
} from "@/lib/server/ratings/save-rating-label";
import { requestReportExport } from "@/lib/server/reports/background-export";
import { createReportLink, revokeReportLink } from "@/lib/server/reports/report-links";
import { createSource } from "@/lib/server/sources/create-source";
import { requestCapture } from "@/lib/server/sources/request-capture";
import { updateSource } from "@/lib/server/sources/update-source";
import { acceptInvitationWithNewAccount } from "@/lib/server/invitations/accept-invitation-with-new-account";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";
import { tokenOf } from "./invitation-steps";
import { createTeam, TEST_PASSWORD } from "./support";

/**
 * Every use case that changes data writes exactly one audit event (bulk actions: one per
 * claim). The cases run in order on one team, each building on the ones before.
 */
describe("the audit trail", () => {
  it("records exactly one event per change, for every use case", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR", "FACT_CHECKER"]);
    const { ADMIN: admin, EDITOR: editor, FACT_CHECKER: checker } = members;
    const state: Record<string, { id: string; version: number } | undefined> = {};
    let link = "";
    const verdictId = async () => (await listRatingScale(checker)).find((label) => label.key === "FALSE")!.id;
    const claimInput = () => ({
      claimId: state.claim!.id,
      version: state.claim!.version,
      statement: "Edited",
      details: { type: "EVENT" as const },
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
      assigneeId: null,
    });

    const cases: [string, () => Promise<unknown>, number?][] = [
      [
        "importArticle",
        async () =>
          (state.article = {
            id: (
              await importArticle(checker, {
                source: "paste",
                text: "First sentence of the report. The observatory said five people were killed.",
              } as never)
            ).articleId,
            version: 1,
          }),
      ],
      [
        "addRevision",
        () =>
          addRevision(checker, {
            articleId: state.article!.id,
            text: "First sentence of the report. The observatory said six people were killed.",
          }),
      ],
      ["dismissSuggestion", () => dismissSuggestion(checker, { articleId: state.article!.id, start: 0, end: 29 })],
      [
        "createClaim",
        async () => {
          const revision = await db.articleRevision.findFirstOrThrow({
            where: { articleId: state.article!.id },
            orderBy: { number: "desc" },
          });
          state.claim = await createClaim(checker, {
            articleId: state.article!.id,
            revisionId: revision.id,
            start: 30,
            end: 73,
            statement: "",
            details: { type: "EVENT" },
          } as never);
        },
      ],
      ["updateClaim", async () => (state.claim = await updateClaim(checker, claimInput()))],
      [
        "createEntity",
        async () =>
          (state.entity = await createEntity(checker, {
            name: "SOHR",
            kind: "ORGANIZATION",
            description: null,
            aliases: ["المرصد"],
            sameAs: [],
          })),
      ],
      [
        "updateEntity",
        async () =>
          (state.entity = await updateEntity(checker, {
            entityId: state.entity!.id,
            version: state.entity!.version,
            name: "SOHR",
            kind: "ORGANIZATION",
            description: "Observatory",
            aliases: [],
            sameAs: [],
          })),
      ],
      [
        "createSource",
        async () =>
          (state.source = (await createSource(checker, { title: "Interview", kind: "INTERVIEW" } as never)).source),
      ],
      [
        "updateSource",
        async () =>
          (state.source = await updateSource(checker, {
            sourceId: state.source!.id,
            version: state.source!.version,
            title: "Interview with a resident",
            kind: "INTERVIEW",
            outlet: null,
            author: null,
            publishedAt: null,
            language: null,
            reliability: "C",
            originId: null,
            notes: null,
          })),
      ],
      [
        "createSource (URL, with its capture job)",
        async () =>
          (state.urlSource = (
            await createSource(checker, { url: "https://example.org/report", kind: "NEWS_REPORT" } as never)
          ).source),
      ],
      [
        "requestCapture",
        () =>
          db.job
            .updateMany({ where: { subjectId: state.urlSource!.id }, data: { status: "SUCCEEDED" } })
            .then(() => requestCapture(checker, { sourceId: state.urlSource!.id })),
      ],
      [
        "attachEvidence",
        async () =>
          (state.evidence = await attachEvidence(checker, {
            claimId: state.claim!.id,
            sourceId: state.source!.id,
            stance: "SUPPORTS",
            passage: null,
            credibility: 2,
            note: null,
          })),
      ],
      [
        "updateEvidence",
        async () =>
          (state.evidence = await updateEvidence(checker, {
            evidenceId: state.evidence!.id,
            version: state.evidence!.version,
            stance: "CONTEXT",
            passage: null,
            credibility: 3,
            note: "n",
          })),
      ],
      [
        "removeEvidence",
        () => removeEvidence(checker, { evidenceId: state.evidence!.id, version: state.evidence!.version }),
      ],
      [
        "rateClaim",
        async () =>
          (state.claim = await rateClaim(checker, {
            claimId: state.claim!.id,
            version: state.claim!.version,
            verdictId: await verdictId(),
            confidence: "HIGH",
            rationale: "Because.",
          })),
      ],
      [
        "linkSameClaim (and unlink)",
        async () => {
          const other = await createClaim(checker, {
            articleId: state.article!.id,
            revisionId: (
              await db.articleRevision.findFirstOrThrow({
                where: { articleId: state.article!.id },
                orderBy: { number: "desc" },
              })
            ).id,
            start: 0,
            end: 29,
            statement: "",
            details: { type: "EVENT" },
          } as never);
          state.claim = await linkSameClaim(checker, {
            claimId: state.claim!.id,
            version: state.claim!.version,
            sameAsId: other.id,
            carryVerdict: false,
            note: "Same.",
          });
          state.claim = await linkSameClaim(checker, {
            claimId: state.claim!.id,
            version: state.claim!.version,
            sameAsId: null,
            carryVerdict: false,
            note: "",
          });
        },
        3,
      ],
      [
        "transitionClaim (submit)",
        async () =>
          (state.claim = await transitionClaim(checker, {
            claimId: state.claim!.id,
            version: state.claim!.version,
            action: "submit",
            note: "",
          })),
      ],
      [
        "bulkTransitionClaims (one claim)",
        async () =>
          await bulkTransitionClaims(editor, {
            claims: [{ claimId: state.claim!.id, version: state.claim!.version }],
            action: "approve",
            note: "",
          }),
      ],
      ["addComment", () => addComment(checker, { claimId: state.claim!.id, parentId: null, body: "Looks right." })],
      [
        "createReportLink",
        async () =>
          (state.link = { id: (await createReportLink(editor, { articleId: state.article!.id })).id, version: 1 }),
      ],
      ["revokeReportLink", () => revokeReportLink(editor, { linkId: state.link!.id })],
      ["requestReportExport", () => requestReportExport(editor, { articleId: state.article!.id, format: "csv" })],
      [
        "saveRatingLabel (new)",
        async () =>
          (state.label = {
            id: (await saveRatingLabel(admin, { name: "Satire", nameAr: null, color: "#123456", ratingValue: null }))
              .labelId,
            version: 1,
          }),
      ],
      [
        "saveRatingLabel (rename)",
        () =>
          saveRatingLabel(admin, {
            labelId: state.label!.id,
            version: 1,
            name: "Satire or parody",
            nameAr: "سخرية",
            color: "#123456",
            ratingValue: null,
          }),
      ],
      ["moveRatingLabel", () => moveRatingLabel(admin, { labelId: state.label!.id, direction: "up" })],
      ["retireRatingLabel", () => retireRatingLabel(admin, { labelId: state.label!.id, retired: true })],
      ["deleteRatingLabel", () => deleteRatingLabel(admin, { labelId: state.label!.id })],
      [
        "createInvitation",
        async () => {
          const invitation = await createInvitation(admin, { email: `gone-${team.id}@example.test`, role: "VIEWER" });
          state.invitation = { id: invitation.invitationId, version: 1 };
        },
      ],
      ["revokeInvitation", () => revokeInvitation(admin, { invitationId: state.invitation!.id })],
      [
        "createInvitation (again)",
        async () =>
          (link = (await createInvitation(admin, { email: `new-${team.id}@example.test`, role: "VIEWER" })).link),
      ],
      [
        // The team records invitation.accept and member.add; a new account has no other team to tell.
        "acceptInvitationWithNewAccount",
        async () => {
          await acceptInvitationWithNewAccount({
            token: tokenOf(link),
            name: "New Member",
            password: TEST_PASSWORD,
            confirmPassword: TEST_PASSWORD,
          });
          const joined = await db.membership.findFirstOrThrow({
            where: { teamId: team.id, user: { email: `new-${team.id}@example.test` } },
          });
          state.membership = { id: joined.id, version: joined.version };
        },
        2,
      ],
      [
        "updateMembership",
        () =>
          updateMembership(admin, {
            membershipId: state.membership!.id,
            version: state.membership!.version,
            role: "FACT_CHECKER",
          }),
      ],
      [
        "resetMemberPassword",
        () => resetMemberPassword(admin, { membershipId: state.membership!.id, password: "another long password" }),
      ],
      [
        "deleteClaim",
        async () => {
          const fresh = await db.claim.findUniqueOrThrow({ where: { id: state.claim!.id } });
          await db.claim.update({ where: { id: fresh.id }, data: { status: "IN_PROGRESS" } });
          await deleteClaim(checker, { claimId: fresh.id, version: fresh.version });
        },
      ],
    ];

    const counts: Record<string, number> = {};
    for (const [name, run] of cases) {
      const before = await db.auditEvent.count({ where: { teamId: team.id } });
      await run();
      counts[name] = (await db.auditEvent.count({ where: { teamId: team.id } })) - before;
    }
    expect(counts).toEqual(Object.fromEntries(cases.map(([name, , expected]) => [name, expected ?? 1])));
  });
});
