import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { PERMISSIONS, ROLES, type Action } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TClaimStatus } from "@/lib/schemas/claims";
import { addRevision } from "@/lib/server/articles/add-revision";
import { importArticle } from "@/lib/server/articles/import-article";
import { importArticleWithQuote } from "@/lib/server/articles/import-article-with-quote";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { acknowledgeClaimAnchor } from "@/lib/server/claims/acknowledge-claim-anchor";
import { bulkTransitionClaims } from "@/lib/server/claims/bulk-transition-claims";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { dismissSuggestion } from "@/lib/server/claims/dismiss-suggestion";
import { linkSameClaim } from "@/lib/server/claims/link-same-claim";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { createEntity } from "@/lib/server/entities/create-entity";
import { updateEntity } from "@/lib/server/entities/update-entity";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import {
  deleteRatingLabel,
  moveRatingLabel,
  retireRatingLabel,
  saveRatingLabel,
} from "@/lib/server/ratings/save-rating-label";
import { requestReportExport, requestSetReportExport } from "@/lib/server/reports/background-export";
import { createReportLink, revokeReportLink } from "@/lib/server/reports/report-links";
import { createFeedLink } from "@/lib/server/embeds/create-feed-link";
import { revokeFeedLink } from "@/lib/server/embeds/revoke-feed-link";
import { rotateSigningKey } from "@/lib/server/reports/rotate-signing-key";
import { createSource } from "@/lib/server/sources/create-source";
import { addToCase } from "@/lib/server/cases/add-to-case";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { removeFromCase } from "@/lib/server/cases/remove-from-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { createCaseLink, revokeCaseLink } from "@/lib/server/cases/case-links";
import { getCaseEdition } from "@/lib/server/cases/get-case-edition";
import { publishCaseEdition } from "@/lib/server/cases/publish-case-edition";
import { caseEdition } from "@/lib/domain/cases/case-edition";
import { createTag } from "@/lib/server/tags/create-tag";
import { deleteTag } from "@/lib/server/tags/delete-tag";
import { updateArticleTags } from "@/lib/server/tags/update-article-tags";
import { updateClaimTags } from "@/lib/server/tags/update-claim-tags";
import { updateTag } from "@/lib/server/tags/update-tag";
import { requestCapture } from "@/lib/server/sources/request-capture";
import { updateSource } from "@/lib/server/sources/update-source";
import { renameTeam } from "@/lib/server/teams/rename-team";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";
import { signOutEverywhere } from "@/lib/server/sessions/sign-out-everywhere";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { updateNotificationPreferences } from "@/lib/server/users/update-notification-preferences";
import { redeliverWebhook, sendTestWebhook } from "@/lib/server/webhooks/webhook-deliveries";
import { createWebhookEndpoint, removeWebhookEndpoint } from "@/lib/server/webhooks/webhook-endpoints";
import { tokenOf } from "./invitation-steps";
import { createArticle, createTeam, TEST_PASSWORD } from "./support";

/**
 * Every mutating use case, called as every role and as another team's admin: refused with
 * FORBIDDEN exactly where lib/auth/permissions.ts says the role lacks the action, NOT_FOUND
 * for another team's records, and allowed everywhere else. A new use case that writes must
 * be added here (the scan below fails otherwise), so one that forgets its check fails CI.
 */

type Seed = Awaited<ReturnType<typeof seed>>;
interface UseCase {
  /** The exported function under test, as named in its file. */
  fn: string;
  action: Action;
  /** The claim's status before the call (default IN_PROGRESS). */
  status?: TClaimStatus;
  /** False for use cases that only ever act in the caller's own team (nothing of another team to name). */
  scoped?: boolean;
  run(member: Member, seed: Seed): Promise<unknown>;
}

const TEXT = "The observatory said five people were killed. Officials denied it.";
const claimRef = (s: Seed) => ({ claimId: s.claim.id, version: s.claim.version });

/** Never delivered: the endpoints seeded here are removed when the file ends (their jobs then end at once). */
const SEEDED_HOOK_URL = "https://hooks.example.org/claimdesk";
afterAll(async () => {
  await db.webhookEndpoint.updateMany({ where: { url: SEEDED_HOOK_URL }, data: { removedAt: new Date() } });
});

const USE_CASES: Record<string, UseCase> = {
  importArticle: {
    fn: "importArticle",
    action: "article.create",
    scoped: false,
    run: (m) => importArticle(m, { source: "paste", text: TEXT } as never),
  },
  importArticleWithQuote: {
    // Into the team's existing article (as after a duplicate): another team's names NOT_FOUND.
    fn: "importArticleWithQuote",
    action: "claim.create",
    run: (m, s) =>
      importArticleWithQuote(m, {
        source: "paste",
        text: TEXT,
        quote: "Officials  denied",
        intoArticleId: s.article.id,
      } as never),
  },
  addRevision: {
    fn: "addRevision",
    action: "article.update",
    run: (m, s) => addRevision(m, { articleId: s.article.id, text: `${TEXT} Updated.` }),
  },
  dismissSuggestion: {
    fn: "dismissSuggestion",
    action: "claim.create",
    run: (m, s) => dismissSuggestion(m, { articleId: s.article.id, start: 46, end: 66 }),
  },
  createClaim: {
    fn: "createClaim",
    action: "claim.create",
    run: (m, s) =>
      createClaim(m, {
        articleId: s.article.id,
        revisionId: s.revisionId,
        start: 46,
        end: 66,
        statement: "",
        details: { type: "EVENT" },
      } as never),
  },
  "createClaim (with an assignee)": {
    fn: "createClaim",
    action: "claim.assign",
    run: (m, s) =>
      createClaim(m, {
        articleId: s.article.id,
        revisionId: s.revisionId,
        start: 46,
        end: 66,
        statement: "",
        details: { type: "EVENT" },
        assigneeId: s.members.EDITOR.userId,
      } as never),
  },
  updateClaim: {
    fn: "updateClaim",
    action: "claim.update",
    run: (m, s) => updateClaim(m, { ...claimRef(s), ...unchangedFields(s), statement: "Five people were killed." }),
  },
  "updateClaim (assignee only)": {
    fn: "updateClaim",
    action: "claim.assign",
    run: (m, s) => updateClaim(m, { ...claimRef(s), ...unchangedFields(s), assigneeId: s.members.EDITOR.userId }),
  },
  deleteClaim: { fn: "deleteClaim", action: "claim.delete", run: (m, s) => deleteClaim(m, claimRef(s)) },
  rateClaim: {
    fn: "rateClaim",
    action: "rating.set",
    run: (m, s) => rateClaim(m, { ...claimRef(s), verdictId: s.verdictId, confidence: "LOW", rationale: "Other." }),
  },
  linkSameClaim: {
    fn: "linkSameClaim",
    action: "claim.update",
    run: (m, s) => linkSameClaim(m, { ...claimRef(s), sameAsId: s.otherClaimId, carryVerdict: false, note: "Same." }),
  },
  reanchorClaim: {
    fn: "reanchorClaim",
    action: "claim.update",
    run: (m, s) => reanchorClaim(m, { ...claimRef(s), revisionId: s.revisionId, start: 46, end: 66 }),
  },
  acknowledgeClaimAnchor: {
    // Only a lost quote can be acknowledged: the article's correction orphaned this one.
    fn: "acknowledgeClaimAnchor",
    action: "claim.update",
    run: async (m, s) => {
      await db.claim.update({ where: { id: s.claim.id }, data: { anchorStatus: "ORPHANED" } });
      return acknowledgeClaimAnchor(m, { ...claimRef(s), note: "The sentence was cut." });
    },
  },
  ...transitions(),
  "bulkTransitionClaims (approve)": {
    fn: "bulkTransitionClaims",
    action: "claim.approve",
    status: "IN_REVIEW",
    run: (m, s) => bulkTransitionClaims(m, { claims: [claimRef(s)], action: "approve", note: "" }),
  },
  "bulkTransitionClaims (requestChanges)": {
    fn: "bulkTransitionClaims",
    action: "claim.requestChanges",
    status: "IN_REVIEW",
    run: (m, s) => bulkTransitionClaims(m, { claims: [claimRef(s)], action: "requestChanges", note: "Check it." }),
  },
  "bulkTransitionClaims (publish)": {
    fn: "bulkTransitionClaims",
    action: "claim.publish",
    status: "APPROVED",
    run: (m, s) => bulkTransitionClaims(m, { claims: [claimRef(s)], action: "publish", note: "" }),
  },
  addComment: {
    fn: "addComment",
    action: "comment.create",
    run: (m, s) => addComment(m, { claimId: s.claim.id, parentId: null, body: "Checked." }),
  },
  createEntity: {
    fn: "createEntity",
    action: "entity.manage",
    scoped: false,
    run: (m) => createEntity(m, { name: "SOHR", kind: "ORGANIZATION", description: null, aliases: [], sameAs: [] }),
  },
  updateEntity: {
    fn: "updateEntity",
    action: "entity.manage",
    run: (m, s) =>
      updateEntity(m, {
        entityId: s.entity.id,
        version: s.entity.version,
        name: "SOHR",
        kind: "ORGANIZATION",
        description: "Observatory",
        aliases: [],
        sameAs: [],
      }),
  },
  createSource: {
    fn: "createSource",
    action: "source.create",
    scoped: false,
    run: (m) => createSource(m, { title: "Interview", kind: "INTERVIEW" } as never),
  },
  updateSource: {
    fn: "updateSource",
    action: "source.update",
    run: (m, s) =>
      updateSource(m, {
        sourceId: s.source.id,
        version: s.source.version,
        title: "Interview with a resident",
        kind: "INTERVIEW",
        outlet: null,
        author: null,
        publishedAt: null,
        language: null,
        reliability: "C",
        originId: null,
        notes: null,
      }),
  },
  requestCapture: {
    fn: "requestCapture",
    action: "source.update",
    run: (m, s) => requestCapture(m, { sourceId: s.urlSource.id }),
  },
  attachEvidence: {
    fn: "attachEvidence",
    action: "evidence.manage",
    run: (m, s) =>
      attachEvidence(m, {
        claimId: s.claim.id,
        sourceId: s.urlSource.id,
        stance: "SUPPORTS",
        passage: null,
        credibility: 2,
        note: null,
      }),
  },
  updateEvidence: {
    fn: "updateEvidence",
    action: "evidence.manage",
    run: (m, s) =>
      updateEvidence(m, {
        evidenceId: s.evidence.id,
        version: s.evidence.version,
        stance: "CONTEXT",
        passage: null,
        credibility: 3,
        note: "n",
      }),
  },
  removeEvidence: {
    fn: "removeEvidence",
    action: "evidence.manage",
    run: (m, s) => removeEvidence(m, { evidenceId: s.evidence.id, version: s.evidence.version }),
  },
  markNotificationsRead: {
    // Personal bookkeeping on one's own inbox: every member may.
    fn: "markNotificationsRead",
    action: "team.read",
    scoped: false,
    run: (m) => markNotificationsRead(m, {}),
  },
  "saveRatingLabel (new)": {
    fn: "saveRatingLabel",
    action: "scale.manage",
    scoped: false,
    run: (m) => saveRatingLabel(m, { name: "Satire", nameAr: null, color: "#123456", ratingValue: null }),
  },
  "saveRatingLabel (rename)": {
    fn: "saveRatingLabel",
    action: "scale.manage",
    run: (m, s) =>
      saveRatingLabel(m, {
        labelId: s.spareLabelId,
        version: 1,
        name: "Parody",
        nameAr: "سخرية",
        color: "#123456",
        ratingValue: null,
      }),
  },
  moveRatingLabel: {
    fn: "moveRatingLabel",
    action: "scale.manage",
    run: (m, s) => moveRatingLabel(m, { labelId: s.spareLabelId, direction: "up" }),
  },
  retireRatingLabel: {
    fn: "retireRatingLabel",
    action: "scale.manage",
    run: (m, s) => retireRatingLabel(m, { labelId: s.spareLabelId, retired: true }),
  },
  deleteRatingLabel: {
    fn: "deleteRatingLabel",
    action: "scale.manage",
    run: (m, s) => deleteRatingLabel(m, { labelId: s.spareLabelId }),
  },
  requestReportExport: {
    fn: "requestReportExport",
    action: "report.export",
    run: (m, s) => requestReportExport(m, { articleId: s.article.id, format: "csv" }),
  },
  requestSetReportExport: {
    fn: "requestSetReportExport",
    action: "report.export",
    run: (m, s) => requestSetReportExport(m, { set: { kind: "article", articleId: s.article.id }, format: "json" }),
  },
  createReportLink: {
    fn: "createReportLink",
    action: "report.publishLink",
    run: (m, s) => createReportLink(m, { articleId: s.article.id }),
  },
  revokeReportLink: {
    fn: "revokeReportLink",
    action: "report.publishLink",
    run: (m, s) => revokeReportLink(m, { linkId: s.linkId }),
  },
  createFeedLink: {
    fn: "createFeedLink",
    action: "report.publishLink",
    scoped: false,
    run: (m) => createFeedLink(m),
  },
  revokeFeedLink: {
    fn: "revokeFeedLink",
    action: "report.publishLink",
    run: (m, s) => revokeFeedLink(m, { linkId: s.feedLinkId }),
  },
  rotateSigningKey: {
    fn: "rotateSigningKey",
    action: "signingKey.rotate",
    scoped: false,
    run: (m) => rotateSigningKey(m),
  },
  createInvitation: {
    fn: "createInvitation",
    action: "member.manage",
    scoped: false,
    run: (m, s) => createInvitation(m, { email: `new-${s.tag}@example.test`, role: "VIEWER" }),
  },
  revokeInvitation: {
    fn: "revokeInvitation",
    action: "member.manage",
    run: (m, s) => revokeInvitation(m, { invitationId: s.invitationId }),
  },
  createApiToken: {
    fn: "createApiToken",
    action: "apiToken.manage",
    scoped: false,
    run: (m) => createApiToken(m, { name: "CMS", role: "VIEWER" }),
  },
  revokeApiToken: {
    fn: "revokeApiToken",
    action: "apiToken.manage",
    run: (m, s) => revokeApiToken(m, { tokenId: s.apiTokenId }),
  },
  createWebhookEndpoint: {
    fn: "createWebhookEndpoint",
    action: "webhook.manage",
    scoped: false,
    run: (m) => createWebhookEndpoint(m, { url: SEEDED_HOOK_URL, description: "", events: ["claim.published"] }),
  },
  removeWebhookEndpoint: {
    fn: "removeWebhookEndpoint",
    action: "webhook.manage",
    run: (m, s) => removeWebhookEndpoint(m, { endpointId: s.webhookEndpointId }),
  },
  sendTestWebhook: {
    fn: "sendTestWebhook",
    action: "webhook.manage",
    run: (m, s) => sendTestWebhook(m, { endpointId: s.webhookEndpointId }),
  },
  redeliverWebhook: {
    fn: "redeliverWebhook",
    action: "webhook.manage",
    run: (m, s) => redeliverWebhook(m, { deliveryId: s.webhookDeliveryId }),
  },
  acceptInvitation: {
    // Anyone signed in may accept an invitation addressed to their own email (another team's, here).
    fn: "acceptInvitation",
    action: "team.read",
    scoped: false,
    run: async (m, s) => {
      const { link } = await createInvitation(s.outsider, { email: m.email, role: "VIEWER" });
      return acceptInvitation(m, { token: tokenOf(link) });
    },
  },
  updateMembership: {
    fn: "updateMembership",
    action: "member.manage",
    run: (m, s) => updateMembership(m, { membershipId: s.victim.id, version: s.victim.version, role: "FACT_CHECKER" }),
  },
  resetMemberPassword: {
    fn: "resetMemberPassword",
    action: "member.manage",
    run: (m, s) => resetMemberPassword(m, { membershipId: s.victim.id, password: "another long password" }),
  },
  renameTeam: {
    fn: "renameTeam",
    action: "team.rename",
    scoped: false,
    run: (m, s) => renameTeam(m, { name: `Renamed ${s.tag}` }),
  },
  updateNotificationPreferences: {
    // Everyone chooses what they are told about: no team permission beyond being a member.
    fn: "updateNotificationPreferences",
    action: "team.read",
    scoped: false,
    run: (m) => updateNotificationPreferences(m, { muted: ["COMMENTED"] }),
  },
  changeOwnPassword: {
    // Everyone owns their account: no team permission beyond being a member.
    fn: "changeOwnPassword",
    action: "team.read",
    scoped: false,
    run: (m) =>
      changeOwnPassword(
        m,
        { currentPassword: TEST_PASSWORD, newPassword: "a new long password", confirmPassword: "a new long password" },
        "203.0.113.9",
      ),
  },
  createTag: {
    fn: "createTag",
    action: "tag.manage",
    scoped: false,
    run: (m) => createTag(m, { name: "Harem", color: "#0369a1" }),
  },
  updateTag: {
    fn: "updateTag",
    action: "tag.manage",
    run: (m, s) => updateTag(m, { tagId: s.seedTagId, version: 1, name: "Renamed", color: "#0369a1" }),
  },
  deleteTag: { fn: "deleteTag", action: "tag.manage", run: (m, s) => deleteTag(m, { tagId: s.seedTagId }) },
  updateClaimTags: {
    fn: "updateClaimTags",
    action: "claim.update",
    run: (m, s) => updateClaimTags(m, { claimId: s.claim.id, add: [s.seedTagId] }),
  },
  "updateClaimTags (published: tags are not content)": {
    fn: "updateClaimTags",
    action: "claim.update",
    status: "PUBLISHED",
    run: (m, s) => updateClaimTags(m, { claimId: s.claim.id, add: [s.seedTagId] }),
  },
  updateArticleTags: {
    fn: "updateArticleTags",
    action: "article.update",
    run: (m, s) => updateArticleTags(m, { articleId: s.article.id, add: [s.seedTagId] }),
  },
  createCase: {
    fn: "createCase",
    action: "case.manage",
    scoped: false,
    run: (m) => createCase(m, { title: "Harem camp operation" }),
  },
  updateCase: {
    fn: "updateCase",
    action: "case.manage",
    run: (m, s) => updateCase(m, { caseId: s.seedCaseId, version: 1, title: "Renamed case" }),
  },
  deleteCase: { fn: "deleteCase", action: "case.delete", run: (m, s) => deleteCase(m, { caseId: s.seedCaseId }) },
  addToCase: {
    fn: "addToCase",
    action: "case.manage",
    run: (m, s) => addToCase(m, { caseId: s.seedCaseId, member: { kind: "article", id: s.article.id } }),
  },
  removeFromCase: {
    fn: "removeFromCase",
    action: "case.manage",
    run: (m, s) => removeFromCase(m, { caseId: s.seedCaseId, member: { kind: "source", id: s.source.id } }),
  },
  publishCaseEdition: {
    fn: "publishCaseEdition",
    action: "report.publishLink",
    run: async (m, s) => {
      // A case nobody changed since (four eyes is publishCaseEdition's own test, case-reports.test.ts).
      await db.case.updateMany({ where: { id: s.seedCaseId }, data: { editionChangedByIds: [] } });
      const edition = await getCaseEdition(m, { caseId: s.seedCaseId });
      return publishCaseEdition(m, { caseId: s.seedCaseId, fingerprint: edition.next.fingerprint });
    },
  },
  createCaseLink: {
    fn: "createCaseLink",
    action: "report.publishLink",
    run: async (m, s) => {
      await publishedEditionFor(s.seedCaseId);
      return createCaseLink(m, { caseId: s.seedCaseId });
    },
  },
  revokeCaseLink: {
    fn: "revokeCaseLink",
    action: "report.publishLink",
    run: async (m, s) => {
      const case_ = await db.case.findUniqueOrThrow({ where: { id: s.seedCaseId }, select: { teamId: true } });
      const link = await db.caseLink.create({
        data: { token: randomUUID(), teamId: case_.teamId, caseId: s.seedCaseId },
      });
      return revokeCaseLink(m, { linkId: link.id });
    },
  },
  signOutEverywhere: {
    // Their own sessions, like their own password.
    fn: "signOutEverywhere",
    action: "team.read",
    scoped: false,
    run: (m) => signOutEverywhere(m),
  },
};

/** Gives a case a published edition (title only), as an editor would have. */
async function publishedEditionFor(caseId: string) {
  await db.case.update({
    where: { id: caseId },
    data: {
      publishedEdition: caseEdition({ title: "Edition", summary: "", claimIds: [] }),
      editionPublishedAt: new Date(),
    },
  });
}

/** One case per workflow step, from the status it starts at, with a note (some require one). */
function transitions(): Record<string, UseCase> {
  const steps: [string, Action, TClaimStatus][] = [
    ["start", "claim.update", "NEW"],
    ["submit", "claim.submit", "IN_PROGRESS"],
    ["approve", "claim.approve", "IN_REVIEW"],
    ["requestChanges", "claim.requestChanges", "IN_REVIEW"],
    ["withdraw", "claim.submit", "IN_REVIEW"],
    ["resume", "claim.update", "CHANGES_REQUESTED"],
    ["publish", "claim.publish", "APPROVED"],
    ["correct", "claim.correct", "PUBLISHED"],
    ["retract", "claim.retract", "PUBLISHED"],
  ];
  return Object.fromEntries(
    steps.map(([step, action, status]) => [
      `transitionClaim (${step})`,
      {
        fn: "transitionClaim",
        action,
        status,
        run: (m: Member, s: Seed) => transitionClaim(m, { ...claimRef(s), action: step as never, note: "A note." }),
      },
    ]),
  );
}

function unchangedFields(s: Seed) {
  return {
    statement: s.claim.statement,
    details: { type: "EVENT" as const },
    claimantId: null,
    reportedViaId: null,
    claimedAt: null,
    assigneeId: null,
  };
}

/**
 * A team with one member per role, and one of each record a use case may name: an article, a
 * rated claim (by the fact-checker, so editors pass four eyes) in the requested status,
 * sources, a citation, an entity, a spare label, a public link and a member to manage.
 */
async function seed(status: TClaimStatus) {
  const { team, members, tag } = await createTeam();
  const article = await createArticle(team.id, TEXT.slice(0, -1));
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const checker = members.FACT_CHECKER;
  await ensureRatingScale(team.id);
  const verdictId = (await db.ratingLabel.findFirstOrThrow({ where: { teamId: team.id, key: "FALSE" } })).id;
  const claimData = { teamId: team.id, articleId: article.id, revisionId: revision.id, type: "EVENT" as const };
  const rated = { verdictId, confidence: "HIGH" as const, rationale: "AFP found none.", ratedById: checker.userId };
  const claim = await db.claim.create({
    data: {
      ...claimData,
      ...rated,
      status,
      publishedVersion: ["PUBLISHED", "CORRECTED", "RETRACTED"].includes(status) ? 1 : 0,
      startOffset: 0,
      endOffset: 45,
      exact: TEXT.slice(0, 45),
      prefix: "",
      suffix: TEXT.slice(45, 77),
      statement: TEXT.slice(0, 45),
    },
  });
  const other = await db.claim.create({
    data: {
      ...claimData,
      startOffset: 46,
      endOffset: 66,
      exact: TEXT.slice(46),
      prefix: "",
      suffix: "",
      statement: "x",
    },
  });
  const source = await db.source.create({ data: { teamId: team.id, title: "Interview", kind: "INTERVIEW" } });
  const urlSource = await db.source.create({
    data: { teamId: team.id, title: "Report", kind: "NEWS_REPORT", url: `https://example.org/${tag}` },
  });
  const evidence = await db.evidence.create({
    data: { teamId: team.id, claimId: claim.id, sourceId: source.id, stance: "SUPPORTS" },
  });
  const entity = await db.entity.create({ data: { teamId: team.id, name: "Observatory", kind: "ORGANIZATION" } });
  const spare = await saveRatingLabel(members.ADMIN, {
    name: "Spare",
    nameAr: null,
    color: "#654321",
    ratingValue: null,
  });
  const link = await createReportLink(members.EDITOR, { articleId: article.id });
  const feedLink = await createFeedLink(members.EDITOR);
  const victim = await db.membership.findFirstOrThrow({ where: { teamId: team.id, role: "VIEWER" } });
  const invitation = await createInvitation(members.ADMIN, { email: `invitee-${tag}@example.test`, role: "EDITOR" });
  const apiToken = await createApiToken(members.ADMIN, { name: "Seeded", role: "VIEWER" });
  const hook = await createWebhookEndpoint(members.ADMIN, {
    url: SEEDED_HOOK_URL,
    description: "Seeded",
    events: ["claim.published"],
  });
  const testDelivery = await sendTestWebhook(members.ADMIN, { endpointId: hook.endpoint.endpointId });
  const seedTag = await createTag(members.ADMIN, { name: `Seeded ${tag}`, color: "#b91c1c" });
  const seedCase = await createCase(members.EDITOR, { title: `Case ${tag}` });
  await addToCase(members.EDITOR, { caseId: seedCase.id, member: { kind: "source", id: source.id } });
  const outsider = (await createTeam(["ADMIN"])).members.ADMIN;
  return {
    seedCaseId: seedCase.id,
    seedTagId: seedTag.id,
    tag,
    members,
    outsider,
    article,
    revisionId: revision.id,
    claim,
    otherClaimId: other.id,
    verdictId,
    source,
    urlSource,
    evidence,
    entity,
    spareLabelId: spare.labelId,
    linkId: link.id,
    feedLinkId: feedLink.id,
    victim,
    invitationId: invitation.invitationId,
    apiTokenId: apiToken.apiToken.tokenId,
    webhookEndpointId: hook.endpoint.endpointId,
    webhookDeliveryId: testDelivery.deliveryId,
  };
}

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "allowed";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
}

describe("the permission table, enforced by every mutating use case", () => {
  for (const [name, useCase] of Object.entries(USE_CASES)) {
    for (const role of ROLES) {
      const expected = PERMISSIONS[role].has(useCase.action) ? "allowed" : "FORBIDDEN";
      it(`${name} as ${role}: ${expected}`, async () => {
        const s = await seed(useCase.status ?? "IN_PROGRESS");
        expect(await outcome(() => useCase.run(s.members[role], s))).toBe(expected);
      });
    }
    if (useCase.scoped !== false)
      it(`${name} as another team's admin: NOT_FOUND`, async () => {
        const s = await seed(useCase.status ?? "IN_PROGRESS");
        expect(await outcome(() => useCase.run(s.outsider, s))).toBe("NOT_FOUND");
      });
  }
});

/**
 * What lib/server exports that is not a member's mutating use case, by reason. Anything else
 * exported there must be in USE_CASES above: a new use case cannot slip past this test.
 */
const NOT_MUTATING_USE_CASES: Record<string, readonly string[]> = {
  /** The REST API's router, document and mappers: every call it serves runs a use case of this table. */
  api: [
    "serveApi",
    "defineEndpoint",
    "fileResponse",
    "isFileResponse",
    "openApiDocument",
    "problem",
    "toApiClaim",
    "toApiClaimListItem",
    "toApiEvidence",
    "toApiClaimDetail",
    "toApiArticleListItem",
    "toApiArticle",
    "toApiTag",
    "toApiSnapshot",
    "toApiSource",
    "toApiSourceDetail",
    "toApiExportJob",
  ],
  reads: [
    // Case overview, timeline and figures (the dashboard's case filter): reads after team.read, the case
    // scoped by caseWhere and its rows by the team; the rest are their helpers.
    "getCaseOverview",
    "getCaseTimeline",
    "getCaseFigures",
    "listCaseChoices",
    "loadCaseMaterial",
    "readCaseMaterial",
    "caseMembersSql",
    "loadClaimTexts",
    "evidenceByClaim",
    "analyseCase",
    "readVerdictLabels",
    "toCaseFiguresDto",
    // Tags: the team's list, a page's chips in one query, and helpers inside the tag use cases.
    "listTags",
    // Cases: the list, a case's header and members, an item's cases (each checks team.read).
    "listCases",
    "getCase",
    "listCaseMembers",
    "listCasesOf",
    "listTagChoices",
    "getArticleTags",
    "tagsOfClaims",
    "tagsOfArticles",
    "teamTagsById",
    "assertTagNameFree",
    "toTagDto",
    "sortTagChips",
    "getArticle",
    "getArticleWorkbench",
    "listWorkbenchClaimItems",
    "getWorkbenchClaim",
    "listClaimEditorChoices",
    "publicReportState",
    // Cases' public editions: the state (team.read), the links, and the public page behind a token.
    "getCaseEdition",
    "listCaseLinks",
    "renderPublicCase",
    "publishedEditionOf",
    "publicClaimState",
    "renderPublicClaim",
    "oEmbedUrlFor",
    "resolveOEmbed",
    "renderTeamFeed",
    "feedPath",
    "listFeedLinks",
    "claimEmbedOf",
    "toFeedLinkDto",
    "publicClaimOf",
    "renderPublicReport",
    "listArticles",
    "readArticleFile",
    "findClaims",
    "getClaimHistory",
    "findDeletedClaim",
    "listDeletedClaims",
    "getClaim",
    "listClaimRepeats",
    "listClaims",
    "listReviewQueue",
    "listClaimsNeedingAttention",
    "getArticleRevision",
    "suggestClaimsForArticle",
    "listComments",
    "getDashboard",
    "getClaimantRecord",
    "listEntities",
    "listNotifications",
    "countUnread",
    "listAssignedClaims",
    "getNotificationPreferences",
    "listRatingScale",
    "listRatingLabels",
    "getExportJob",
    "readExportFile",
    "openArticleReport",
    "exportArticleReport",
    "openSetReport",
    "exportSetReport",
    "listReportLinks",
    "listPublicKeys",
    "verifyUploadedReport",
    "findCheckedMatches",
    "findCheckedMatchesForArticle",
    "findConflictingClaims",
    "findSimilarClaims",
    "entityNames",
    "traitsOf",
    "textTraits",
    "nearestClaims",
    "searchTeam",
    "latestCaptureJobs",
    "getSource",
    "loadSourceForMember",
    "listSources",
    "listSourcePage",
    "listEntityPage",
    "findPickerChoices",
    "getPickerChoice",
    "listTeamMembers",
    "listInvitations",
    "listApiTokens",
    "listWebhookEndpoints",
    "listWebhookDeliveries",
    "listTeamPeople",
    "checkHealth",
  ],
  // Building blocks called inside a use case's transaction, after its permission check.
  helpers: [
    "findDuplicateArticle",
    "recordAuditEvent",
    "recordUserAuditEvent",
    "assertClaimContentEditable",
    "reviewAuditView",
    "toClaimDto",
    "toArticleHeader",
    "corroborationOfClaim",
    "detailsForStorage",
    "assertClaimReferencesInTeam",
    "auditView",
    "loadClaim",
    "assertClaimVersion",
    "updateClaimAtVersion",
    "ratingData",
    "assertVerdictUsable",
    "applyTransition",
    "toEntityDto",
    "toQueueItem",
    "sourceFilterWhere",
    "afterNullableDate",
    "afterNewestFirst",
    "saveEntityAliases",
    "toEvidenceDto",
    "evidenceForCorroboration",
    "evidenceAuditView",
    "loadEvidence",
    "notifyAssignee",
    "notifyReviewers",
    "createNotifications",
    "ensureRatingScale",
    "openReport",
    "collect",
    // A report's set of claims, resolved inside the report use cases after their check.
    "resolveClaimSet",
    "caseEditionSet",
    "searchMatchCondition",
    "countSetClaims",
    "loadArticleReportInput",
    "publicReportUrlsOf",
    "lacksPublicLink",
    "assertReportFits",
    "loadCaseEdition",
    "toEditionState",
    "loadReportInput",
    "loadReportHeaderInput",
    "reportClaimPages",
    "loadPublishableContent",
    "loadPublishedClaimsPage",
    "cachedPublicReportPage",
    "forgetPublicReport",
    "inOrder",
    "toWorkbenchClaimItem",
    "extractArticleOffThread",
    "suggestClaimsOffThread",
    "runTextTask",
    "sendInvitationMail",
    "publicReportUrl",
    "reportKeysOf",
    "newSigningKeyRow",
    "currentSigningKey",
    "loadSource",
    "toSnapshotDto",
    "toCaptureJobDto",
    "toSourceDto",
    "sourceAuditView",
    "assertOriginInTeam",
    "guessSourceOrigin",
    "guessFromNotes",
    "assertTeamNameFree",
    "toTeamMemberDto",
    "loadOpenInvitation",
    "joinTeamByInvitation",
    "newInvitationToken",
    "hashInvitationToken",
    "invitationLink",
    "newApiToken",
    "hashApiToken",
    "sameApiTokenHash",
    "toApiTokenDto",
    "sealSecret",
    "openSecret",
    "newWebhookSecret",
    "sealWebhookSecret",
    "openWebhookSecret",
    // Webhook announcements, queued inside the transaction of the use case that made the change.
    "emitWebhookEvent",
    "queueDeliveries",
    "announceClaimStep",
    "announceArticleImported",
    "announceSourceCapture",
    "announceExportFinished",
    "planTagChange",
    "assertCaseLeadInTeam",
    "assertCaseInTeam",
    "touchCase",
    "countCaseMembers",
    "tagAuditView",
    // The acting API token beside the member, read by recordAuditEvent (set by the API layer).
    "withActingToken",
    "actingTokenId",
    "rateLimitPool",
    "closeRateLimitPool",
    "loadMember",
    "committedMigrations",
    // The dashboard's stored figures, read and refreshed inside getDashboard after its check.
    "computeDashboardFigures",
    "claimsCounted",
    "readDashboardRollup",
    "saveDashboardRollup",
    "requestDashboardRefresh",
  ],
  // Before a session exists, or for the server operator's CLI: no member to authorise.
  signInAndOperator: [
    "startLoginAttempt",
    "createLoginLimiter",
    "delayAfterFailures",
    "recordPeerAddresses",
    "hashPassword",
    "verifyPassword",
    "verifyDecoy",
    "verifyCredentials",
    "resolveReportLink",
    "resolveCaseLink",
    // The answer of public report pages (articles' and cases'), behind their tokens.
    "publicReportResponse",
    "requestedPage",
    // The invitation's token is the authority (the invitee holds the link), not a team role.
    "getInvitationByToken",
    "acceptInvitationWithNewAccount",
    "createTeamAsOperator",
    "listTeamsAsOperator",
    "accountExistsAsOperator",
    "disableUserAsOperator",
    "resetUserPasswordAsOperator",
    "rotateSigningKeyAsOperator",
    // An API call's token is its authority: it yields the member the use cases then check.
    "memberFromBearerToken",
    "takeApiRateLimit",
    // The operator's CLI; it then acts as the named admin through createApiToken.
    "createApiTokenAsOperator",
  ],
  // The session machinery: Auth.js starts, checks and ends the caller's own session; the helpers
  // below run inside use cases that checked their permission first.
  sessions: ["startSession", "checkSession", "endSession", "sessionTimeouts", "revokeUserSessions", "actingSessionOf"],
  // The background worker runs jobs a use case queued after its permission check.
  jobsAndNetwork: [
    "enqueueJob",
    "takeNextJob",
    "reportProgress",
    "completeJob",
    "failJob",
    "retryJobLater",
    "wakeJobWorker",
    "isJobWorkerRunning",
    "runDueJobs",
    "startJobWorker",
    "exportReportJob",
    "captureSourceJob",
    "refreshDashboardJob",
    "deliverWebhookJob",
    "capturePage",
    "sniffMediaType",
    "decodeText",
    "normaliseInline",
    "normalisePlainText",
    "extractArticle",
    "fetchArticleFromUrl",
    "isFetchError",
    "safeFetch",
    "createSafeFetcher",
    "isForbiddenAddress",
    "parseAllowList",
    "readAllowListFromEnv",
    "isAddressAllowed",
    "effectivePort",
    "bareHostname",
    "isIpLiteralHost",
    "assertFetchableUrl",
  ],
};

function exportedFunctions(dir: string): { file: string; name: string }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.includes("fixtures"))
    .flatMap((file) =>
      // Functions, and functions memoised per request (`export const name = cache(...)`).
      [
        ...readFileSync(path.join(dir, file), "utf8").matchAll(
          /^export (?:(?:async )?function\*? ?(\w+)|const (\w+) = cache\()/gm,
        ),
      ].map((match) => ({ file, name: (match[1] ?? match[2])! })),
    );
}

describe("the registry of use cases", () => {
  it("names every function lib/server exports: a new mutating use case must join the table above", () => {
    const known = new Set([
      ...Object.values(USE_CASES).map((useCase) => useCase.fn),
      ...Object.values(NOT_MUTATING_USE_CASES).flat(),
    ]);
    const exported = exportedFunctions(path.join(import.meta.dirname, "../../lib/server"));
    expect(exported.length).toBeGreaterThan(100);
    expect(exported.filter(({ name }) => !known.has(name))).toEqual([]);
  });
});
