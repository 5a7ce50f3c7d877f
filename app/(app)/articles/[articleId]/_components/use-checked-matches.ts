"use client";

import { useEffect, useRef, useState } from "react";
import { runInBatches } from "@/lib/domain/paging/run-in-batches";
import type { AppErrorCode } from "@/lib/errors";
import { CHECKED_MATCH_BATCH, MAX_CHECKED_QUOTE_CHARS } from "@/lib/schemas/checked-match-limits";
import type { CheckedMatch, CheckedMatchHint } from "@/lib/server/search/find-checked-matches";
import { findCheckedMatchesAction } from "../actions";

export interface CheckingProgress {
  /** Suggestions compared so far, in order; a retry resumes here. */
  done: number;
  total: number;
  /** Why the last batch failed; the run stopped there and can resume. */
  failure: AppErrorCode | "UNEXPECTED" | null;
}

interface Item {
  key: string;
  quote: string;
  /** The suggestion's type and known claimant: a claim checked in another language can match on them. */
  hint: CheckedMatchHint;
}

export function suggestionKey(suggestion: { start: number; end: number }): string {
  return `${suggestion.start}:${suggestion.end}`;
}

/**
 * "Already checked elsewhere" for the suggestions, asked after they are shown: one bounded batch
 * per request, in order and one at a time, so a long article never holds the database in one go
 * and the user sees progress. A new run (or leaving the page) makes the old one stop at its next
 * batch; an answer that arrives for a stopped run is dropped.
 */
export function useCheckedMatches(articleId: string) {
  const [matches, setMatches] = useState<ReadonlyMap<string, CheckedMatch>>(new Map());
  const [progress, setProgress] = useState<CheckingProgress | null>(null);
  const run = useRef(0);
  const items = useRef<Item[]>([]);

  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );

  function checkFrom(from: number, mine: number) {
    const all = items.current;
    return runInBatches({
      items: all,
      size: CHECKED_MATCH_BATCH,
      from,
      ask: (batch) =>
        findCheckedMatchesAction({
          articleId,
          quotes: batch.map((item) => item.quote.slice(0, MAX_CHECKED_QUOTE_CHARS)),
          hints: batch.map((item) => item.hint),
        }).catch(() => ({ ok: false as const, code: "UNEXPECTED" as const })),
      isCurrent: () => run.current === mine,
      onAnswer(answer, batch, done) {
        const found = batch.flatMap((item, index) => {
          const match = answer[index];
          return match ? [[item.key, match] as const] : [];
        });
        if (found.length > 0) setMatches((current) => new Map([...current, ...found]));
        setProgress({ done, total: all.length, failure: null });
      },
      onFailure(failure, at) {
        setProgress({ done: at, total: all.length, failure: failure.code });
      },
    });
  }

  /** Forgets the previous run's answers and checks these suggestions from the first. */
  function start(
    suggestions: {
      start: number;
      end: number;
      quote: string;
      type: CheckedMatchHint["type"];
      claimant: { entityId: string | null } | null;
    }[],
  ) {
    const mine = ++run.current;
    items.current = suggestions.map((suggestion) => ({
      key: suggestionKey(suggestion),
      quote: suggestion.quote,
      hint: { type: suggestion.type, claimantId: suggestion.claimant?.entityId ?? null },
    }));
    setMatches(new Map());
    setProgress(items.current.length > 0 ? { done: 0, total: items.current.length, failure: null } : null);
    void checkFrom(0, mine);
  }

  /** Stops the current run, if any (suggestions asked again). */
  function stop() {
    run.current += 1;
    setProgress(null);
  }

  /** After a failed batch: goes on from that batch. */
  function retry() {
    if (!progress?.failure) return;
    const mine = ++run.current;
    setProgress({ ...progress, failure: null });
    void checkFrom(progress.done, mine);
  }

  return { matches, progress, start, stop, retry };
}
