type Underscored<Type extends string> = Type extends `${infer Group}.${infer Event}` ? `${Group}_${Event}` : Type;

/** An event type's message key: next-intl keys cannot hold dots ("claim.published" → "claim_published"). */
export function eventKey<Type extends string>(type: Type): Underscored<Type> {
  return type.replace(".", "_") as Underscored<Type>;
}
