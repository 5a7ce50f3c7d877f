import type { SnippetPart } from "@/lib/domain/search/snippet";

/** A search snippet with its matches marked (text only: nothing is rendered as markup). */
export function SnippetText({
  parts,
  lang,
  dir,
}: {
  parts: SnippetPart[];
  lang?: string;
  dir?: "rtl" | "ltr" | "auto";
}) {
  return (
    <span lang={lang} dir={dir ?? "auto"}>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded bg-amber-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
