/**
 * The words that make a sentence checkable, in the normalised form of
 * lib/domain/text/arabic-normalize (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics, Latin lower-case
 * and unaccented). Arabic stems match at the start of a word, after an optional و/ف/ب/ل.
 */
export const CASUALTY_STEMS = [
  "قتلي",
  "قتيل",
  "مقتل",
  "قتل",
  "جرحي",
  "جريح",
  "اصاب",
  "مصاب",
  "اعتقال",
  "معتقل",
  "اسر",
  "ضحايا",
  "ضحيه",
  "سقوط عدد",
  "وفاه",
  "نازح",
];
export const CASUALTY_WORDS =
  /\b(killed|dead|deaths?|wounded|injured|casualt(?:y|ies)|arrested|detained|tues?|morts?|blesses?|arretes?|victimes?)\b/u;

/** Verbs and phrases that attribute speech. Arabic is verb-first: the speaker follows. */
export const SPEECH_STEMS = [
  "قال",
  "اكد",
  "اعلن",
  "افاد",
  "اشار",
  "زعم",
  "اضاف",
  "صرح",
  "نفي",
  "حذر",
  "اوضح",
  "ذكر",
  "ادع",
];
export const SPEECH_WORDS =
  /\b(said|says|claimed|stated|announced|told|added|denied|warned|a declare|a affirme|affirme|a ajoute|a annonce|a indique)\b/u;

/** Phrases that name the source of what follows or precedes: "بحسب المرصد", "according to AFP". */
export const SOURCE_CUES = /(?:^|[\s«"(])[و]?(بحسب|حسب|وفقا ل|وفقا|وفق|نقلا عن|according to|selon|cited by|per)\s/gu;
/** "وردت معلومات إلى المرصد": the information reached an intermediary. */
export const RELAY_CUES = /(معلومات الي|لمنصه|told|a dit a)\s/gu;
export const HEDGES =
  /(وردت معلومات|بحسب معلومات|تفيد معلومات|مصادر|reportedly|allegedly|sources said|selon des informations|selon des sources)/u;

export const PROMISE_STEMS = ["وعد", "تعهد", "يتعهد", "التزم"];
export const PROMISE_WORDS = /\b(promised|pledged|vowed|committed to|a promis|s'est engage)\b/u;
export const ACCUSATION_STEMS = ["اتهم", "اتهام", "ادعت", "ادعي", "زعم", "زاعم"];
export const ACCUSATION_PHRASES = ["حمل مسووليه", "تقف وراء", "بالوقوف وراء", "يقف وراء"];
export const ACCUSATION_WORDS = /\b(accused|accuses|blamed|behind the|a accuse|accuse)\b/u;

export const NUMBER_WORDS =
  /[0-9]|عدد من|(?:^|\s)(?:عشرات|مئات|الاف|الف|الوف)(?:\s|$)|\b(?:dozens|hundreds|thousands|dizaines|centaines|milliers)\b/u;

/** A sentence opening with one of these continues the previous speaker's words. */
export const CONTINUATION =
  /^(?:و|ف)?(?:اضاف|لفت|تابع|اشار|اوضح|استطرد|مضيفا)(?=\s|$)|^(?:he|she) (?:added|said)\b|^il a ajoute\b/u;

/** Sentences that carry no assertion: hashtag lines, links, a tweet's signature line. */
export const NOT_A_CLAIM = /^(?:[#@—–-]|pic\.twitter|https?:)/u;
