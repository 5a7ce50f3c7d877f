/**
 * @mentions in a comment: "@Elias Editor" or "@elias" (the e-mail's local part) names a team
 * member. Names are compared after Arabic-aware normalisation, longest first, so "@Omar Omsen"
 * wins over "@Omar", and a mention must end at a word boundary ("@eliasx" is nobody).
 */
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function findMentions(body: string, members: readonly Mentionable[]): string[] {
  const handles = members
    .flatMap((member) =>
      [member.name, member.email.split("@")[0] ?? ""]
        .filter(Boolean)
        .map((handle) => ({ id: member.id, handle: normalizeForMatch(handle) })),
    )
    .sort((a, b) => b.handle.length - a.handle.length);
  const found = new Set<string>();
  const text = normalizeForMatch(body);
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (at > 0 && WORD_CHAR.test(text[at - 1]!)) continue; // an e-mail address, not a mention
    const rest = text.slice(at + 1);
    const match = handles.find(({ handle }) => rest.startsWith(handle) && !WORD_CHAR.test(rest[handle.length] ?? ""));
    if (match) found.add(match.id);
  }
  return [...found];
}
