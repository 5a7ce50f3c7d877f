import "server-only";
import type { TEntityKind } from "@/lib/schemas/entities";

export interface EntityDto {
  id: string;
  name: string;
  arabicName: string | null;
  kind: TEntityKind;
  description: string | null;
  aliases: string[];
  sameAs: string[];
  version: number;
}

export const entitySelect = {
  id: true,
  name: true,
  arabicName: true,
  kind: true,
  description: true,
  sameAs: true,
  version: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
} as const;

export function toEntityDto(row: {
  id: string;
  name: string;
  arabicName: string | null;
  kind: TEntityKind;
  description: string | null;
  sameAs: string[];
  version: number;
  aliases: { alias: string }[];
}): EntityDto {
  return {
    id: row.id,
    name: row.name,
    arabicName: row.arabicName,
    kind: row.kind,
    description: row.description,
    sameAs: row.sameAs,
    version: row.version,
    // The names are stored as aliases too (for matching); they are shown apart.
    aliases: row.aliases.map((a) => a.alias).filter((alias) => alias !== row.name && alias !== row.arabicName),
  };
}
