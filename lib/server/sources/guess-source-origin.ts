import "server-only";
import type { Tx } from "@/lib/db";
import { originCandidates, pickOrigin } from "@/lib/domain/sources/origin-cues";

/**
 * The origin a source's words name most ("according to AFP"), among the team's entities, or
 * null: the candidate phrases next to attribution cues (origin-cues.ts, bounded) looked up in
 * one indexed query on the team's alias keys (names and Arabic names are aliases too).
 */
export async function guessSourceOrigin(
  tx: Tx,
  teamId: string,
  text: string,
): Promise<{ entityId: string; cue: string } | null> {
  // Candidate phrases are normalised as alias keys are (entity-aliases.ts: normalizeForMatch).
  const candidates = originCandidates(text);
  const keys = [...new Set(candidates.map((candidate) => candidate.phrase))].filter(Boolean);
  if (keys.length === 0) return null;
  const aliases = await tx.entityAlias.findMany({
    where: { teamId, normalized: { in: keys } },
    select: { normalized: true, entityId: true },
  });
  const guess = pickOrigin(candidates, new Map(aliases.map((alias) => [alias.normalized, alias.entityId])));
  return guess && { entityId: guess.entityId, cue: guess.cue.slice(0, 300) };
}

/** The guess from notes written by hand (pasted text), only while the source has no origin. */
export async function guessFromNotes(
  tx: Tx,
  teamId: string,
  input: { originId: string | null; notes: string | null },
): Promise<{ entityId: string; cue: string } | null> {
  return !input.originId && input.notes ? guessSourceOrigin(tx, teamId, input.notes) : null;
}
