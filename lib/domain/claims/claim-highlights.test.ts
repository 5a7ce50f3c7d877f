import { describe, expect, it } from "vitest";
import { spanShape } from "./anchor-shape";
import { createAnchor, reanchor, type AnchorStatus } from "./anchoring";
import { highlightOnCurrentRevision, highlightOnEarlierRevision, type AnchoredClaim } from "./claim-highlights";

const first = {
  id: "rev-1",
  text: "قالت المصادر إن الاشتباكات أسفرت عن قتلى.\n\nوأكد المرصد السوري مقتل ثلاثة عناصر.\n\nونفت الحكومة ذلك.\n\nوقال شهود إن الطرق أغلقت طوال الليل.",
};
// The correction deletes the observatory's sentence.
const second = {
  id: "rev-2",
  text: "قالت المصادر إن الاشتباكات أسفرت عن قتلى.\n\nونفت الحكومة ذلك.\n\nوقال شهود إن الطرق أغلقت طوال الليل.",
};

function claimOn(revision: { id: string; text: string }, words: string, anchorStatus: AnchorStatus = "ANCHORED") {
  const start = revision.text.indexOf(words);
  const anchor = createAnchor(revision.text, start, start + words.length);
  return { claimId: "c", revisionId: revision.id, anchorStatus, ...anchor } satisfies AnchoredClaim;
}

describe("highlightOnCurrentRevision", () => {
  it("highlights an anchored claim where its quote is", () => {
    const claim = claimOn(second, "ونفت الحكومة ذلك");
    expect(highlightOnCurrentRevision(second, claim)).toEqual({
      claimId: "c",
      shown: true,
      start: claim.start,
      end: claim.end,
      approximate: false,
      locatedBy: "anchor",
    });
  });

  it("never highlights an orphan: its old offsets would fall across a paragraph break, mid-word (the reported bug)", () => {
    const orphan = { ...claimOn(first, "المرصد السوري مقتل ثلاثة عناصر."), anchorStatus: "ORPHANED" as const };
    // What the reader used to draw: the old offsets on the new text.
    expect(reanchor(second.text, orphan).status).toBe("ORPHANED");
    expect(spanShape(second.text, orphan.start, orphan.end)).toMatchObject({
      crossesParagraph: true,
      cutsWordAtEnd: true,
    });
    expect(highlightOnCurrentRevision(second, orphan)).toEqual({ claimId: "c", shown: false, reason: "orphaned" });
  });

  it("draws no anchor whose offsets belong to another revision, or no longer hold its quote", () => {
    const stale = claimOn(first, "ونفت الحكومة ذلك");
    expect(highlightOnCurrentRevision(second, stale)).toMatchObject({ shown: false, reason: "unsound" });
    const shifted = { ...claimOn(second, "ونفت الحكومة ذلك"), start: 3 };
    expect(highlightOnCurrentRevision(second, shifted)).toMatchObject({ shown: false, reason: "unsound" });
    const outside = { ...claimOn(second, "ونفت الحكومة ذلك"), end: second.text.length + 5 };
    expect(highlightOnCurrentRevision(second, outside)).toMatchObject({ shown: false, reason: "unsound" });
  });

  it("marks a fuzzy claim approximate, and draws it only on whole words of one paragraph", () => {
    const fuzzy = claimOn(second, "أسفرت عن قتلى", "FUZZY");
    expect(highlightOnCurrentRevision(second, fuzzy)).toMatchObject({ shown: true, approximate: true });
    const halfWord = claimOn(second, "سفرت عن قت", "FUZZY");
    expect(highlightOnCurrentRevision(second, halfWord)).toMatchObject({ shown: false, reason: "unsound" });
    const twoParagraphs = claimOn(second, "قتلى.\n\nونفت", "FUZZY");
    expect(highlightOnCurrentRevision(second, twoParagraphs)).toMatchObject({ shown: false, reason: "unsound" });
  });

  it("keeps a cut the fact-checker chose (a word without its conjunction) on an anchored claim", () => {
    expect(highlightOnCurrentRevision(second, claimOn(second, "نفت الحكومة"))).toMatchObject({ shown: true });
  });
});

describe("highlightOnEarlierRevision", () => {
  it("draws an orphan on the revision its anchor stayed on", () => {
    const orphan = { ...claimOn(first, "وأكد المرصد السوري مقتل ثلاثة عناصر."), anchorStatus: "ORPHANED" as const };
    expect(highlightOnEarlierRevision(first, orphan)).toMatchObject({ shown: true, locatedBy: "anchor" });
  });

  it("locates a claim anchored on a later revision by its quote", () => {
    const moved = claimOn(second, "ونفت الحكومة ذلك");
    const located = highlightOnEarlierRevision(first, moved);
    expect(located).toMatchObject({ shown: true, locatedBy: "quote", approximate: false });
    if (located.shown) expect(first.text.slice(located.start, located.end)).toBe("ونفت الحكومة ذلك");
  });

  it("locates a reworded quote approximately, and says when a quote is not in that text", () => {
    const reworded = { id: "rev-3", text: "قالت المصادر إن الاشتباكات أسفرت عن القتلى.\n\nونفت الحكومة ذلك." };
    const claim = claimOn(reworded, "الاشتباكات أسفرت عن القتلى", "FUZZY");
    expect(reanchor(second.text, claim).status).toBe("FUZZY");
    expect(highlightOnEarlierRevision(second, claim)).toMatchObject({ shown: true, approximate: true });
    const added = claimOn({ id: "rev-3", text: "أعلنت الأمم المتحدة فتح تحقيق مستقل في الحادث." }, "فتح تحقيق مستقل");
    expect(highlightOnEarlierRevision(first, added)).toEqual({ claimId: "c", shown: false, reason: "notFound" });
  });
});
