import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZCaseId } from "@/lib/schemas/case-views";
import { analyseCase } from "./analyse-case";
import { loadClaimTexts } from "./case-material";
import { loadCaseMaterial } from "./case-material-cache";
import { readVerdictLabels, toCaseFiguresDto, type CaseFiguresDto } from "./case-figures-dto";

/**
 * One case's figures, counted live for the dashboard's case filter: the same numbers as the case's
 * overview (a case is at most thousands of claims, a few milliseconds to count).
 */
export async function getCaseFigures(
  member: Member,
  input: { caseId: string },
  options: { now?: Date } = {},
): Promise<{ case: { id: string; title: string }; figures: CaseFiguresDto }> {
  assertCan(member, "team.read");
  const caseId = ZCaseId.safeParse(input.caseId);
  if (!caseId.success) throw new AppError("NOT_FOUND");
  const [material, labels] = await Promise.all([
    loadCaseMaterial(member, caseId.data),
    readVerdictLabels(member.teamId),
  ]);
  const analysis = analyseCase(material, options.now ?? new Date());
  const texts = await loadClaimTexts(member, analysis.figures.oldestOpen ? [analysis.figures.oldestOpen.id] : []);
  return {
    case: { id: material.case.id, title: material.case.title },
    figures: toCaseFiguresDto(material, analysis, labels, texts),
  };
}
