/**
 * The name to show for an entity in the interface's language: its Arabic name in the Arabic
 * interface when it has one ("بحسب غسان باكير", not "بحسب Ghassan Bakir"), its name otherwise.
 */
export function entityName(entity: { name: string; arabicName?: string | null }, locale: string): string {
  return locale === "ar" && entity.arabicName ? entity.arabicName : entity.name;
}
