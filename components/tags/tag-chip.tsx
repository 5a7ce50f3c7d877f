import { X } from "lucide-react";
import { tagTextColor } from "@/lib/domain/tags/tag-color";

export interface TagChipData {
  id: string;
  name: string;
  color: string;
}

/**
 * A tag as a chip: its name on its colour (the text colour reaches WCAG AA), so the name,
 * not the colour alone, tells tags apart. With onRemove, a button takes it off.
 */
export function TagChip({
  tag,
  onRemove,
  removeLabel,
  disabled,
}: {
  tag: TagChipData;
  onRemove?: () => void;
  removeLabel?: string;
  disabled?: boolean;
}) {
  return (
    <span
      data-testid="tag-chip"
      className="inline-flex max-w-full items-center gap-1 rounded-full border border-black/20 px-2 py-0.5 text-xs font-medium"
      style={{ backgroundColor: tag.color, color: tagTextColor(tag.color) }}
    >
      <bdi dir="auto" className="truncate">
        {tag.name}
      </bdi>
      {onRemove && (
        <button
          type="button"
          aria-label={removeLabel}
          disabled={disabled}
          onClick={onRemove}
          className="-me-1 rounded-full p-0.5 hover:bg-black/20 focus-visible:outline-2 focus-visible:outline-offset-1"
        >
          <X aria-hidden className="size-3" />
        </button>
      )}
    </span>
  );
}

/** A row's tags, inline (lists). */
export function TagChips({ tags, label }: { tags: TagChipData[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <li key={tag.id}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  );
}
