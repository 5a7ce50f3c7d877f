import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import {
  captureHealth,
  captureSummary,
  type CaptureHealth,
  type CaptureSummary,
} from "@/lib/domain/sources/capture-health";
import type { TStance } from "@/lib/schemas/sources";
import { loadSource } from "./load-source";
import { snapshotFactsSelect, toSnapshotDto, type SnapshotDto, type SourceDto } from "./source-dto";

export interface SourceCitation {
  evidenceId: string;
  stance: TStance;
  health: CaptureHealth;
  capture: CaptureSummary;
  claim: {
    id: string;
    statement: string;
    articleId: string;
    articleTitle: string;
    language: string;
    direction: "rtl" | "ltr";
  };
}

export interface SourceDetailDto {
  source: SourceDto;
  /** Newest first; a snapshot is never changed once taken. */
  snapshots: SnapshotDto[];
  /** The latest good capture's text, for reading and quoting passages. */
  capturedText: string | null;
  citations: SourceCitation[];
}

export async function getSource(member: Member, sourceId: string): Promise<SourceDetailDto> {
  assertCan(member, "team.read");
  // One snapshot of the database for the whole page (see loadSource).
  return db.$transaction((tx) => readSourceDetail(tx, member, sourceId), { isolationLevel: "RepeatableRead" });
}

async function readSourceDetail(tx: Tx, member: Member, sourceId: string): Promise<SourceDetailDto> {
  const source = await loadSource(member.teamId, sourceId, tx);
  const snapshots = await tx.sourceSnapshot.findMany({
    where: { sourceId: source.id },
    orderBy: { capturedAt: "desc" },
    select: {
      ...snapshotFactsSelect,
      requestedUrl: true,
      finalUrl: true,
      contentType: true,
      title: true,
      byteLength: true,
      text: true,
      capturedBy: { select: { name: true } },
    },
  });
  const citations = await tx.evidence.findMany({
    where: { sourceId: source.id, teamId: member.teamId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      stance: true,
      createdAt: true,
      claim: {
        select: {
          id: true,
          statement: true,
          article: { select: { id: true, title: true, language: true, direction: true } },
        },
      },
    },
  });
  const capturedText = snapshots.find((snapshot) => snapshot.text && !snapshot.errorCode)?.text ?? null;
  return {
    source,
    snapshots: snapshots.map(toSnapshotDto),
    capturedText,
    citations: citations.map((citation) => {
      const state = captureHealth(snapshots, citation.createdAt, source.captureJob);
      return {
        evidenceId: citation.id,
        stance: citation.stance,
        health: state.health,
        capture: captureSummary(state),
        claim: {
          id: citation.claim.id,
          statement: citation.claim.statement,
          articleId: citation.claim.article.id,
          articleTitle: citation.claim.article.title,
          language: citation.claim.article.language,
          direction: citation.claim.article.direction,
        },
      };
    }),
  };
}

/** Just the source (with its capture job and health), for polling a capture's progress. */
export async function loadSourceForMember(member: Member, sourceId: string): Promise<SourceDto> {
  assertCan(member, "team.read");
  return loadSource(member.teamId, sourceId);
}
