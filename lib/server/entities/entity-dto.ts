import "server-only";
import type { TEntityKind } from "@/lib/schemas/entities";

export interface EntityDto {
  id: string;
  name: string;
  kind: TEntityKind;
  description: string | null;
  aliases: string[];
  sameAs: string[];
  version: number;
}

export const entitySelect = {
  id: true,
  name: true,
  kind: true,
  description: true,
  sameAs: true,
  version: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
} as const;

export function toEntityDto(row: {
  id: string;
  name: string;
  kind: TEntityKind;
  description: string | null;
  sameAs: string[];
  version: number;
  aliases: { alias: string }[];
}): EntityDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    sameAs: row.sameAs,
    version: row.version,
    // The name is stored as an alias too (for matching); it is shown apart.
    aliases: row.aliases.map((a) => a.alias).filter((alias) => alias !== row.name),
  };
}
