import type { TClaimType } from "@/lib/schemas/claims";
import { hasArabicStem, type Token } from "./claim-tokens";
import * as words from "./claim-words";

/** What a clause asserts, read from its verbs and their objects rather than from single words. */
export interface ClauseSignals {
  accusation: boolean;
  casualty: boolean;
  promise: boolean;
  quantity: boolean;
  judicial: boolean;
  question: boolean;
  opinion: boolean;
  background: boolean;
  /** Anchored in time: a weekday, a month, a year. */
  dated: boolean;
}

const CASUALTY_AR = [
  "مفقود",
  "قتل",
  "قتيل",
  "قتلي",
  "مقتل",
  "جرحي",
  "جريح",
  "اصيب",
  "اصابه",
  "مصاب",
  "ضحايا",
  "ضحيه",
  "جثث",
  "جثه",
  "استشهد",
  "شهيد",
  "شهداء",
  "وفاه",
  "وفيات",
];
const CASUALTY_LATIN = new Set(
  (
    "killed kill kills killing missing disparus disparues dead deaths died wounded wounding injured injuring casualties bodies tues tue tues " +
    "tuees morts mort blesses blesse blessees victimes deces perished"
  ).split(" "),
);
const DISEASE =
  /^(?:cases?|cas|outbreak|epidemic|epidemie|measles|rougeole|cholera|covid|virus|disease|maladie)$|^(?:كوليرا|بالكوليرا|وباء|الوباء|حصبه|بالحصبه|حالات|كورونا)$/u;
const COUNT_WORDS = new Set(
  (
    "two three four five six seven eight nine ten eleven twelve dozens dozen scores hundreds thousands " +
    "deux trois quatre cinq six sept huit neuf dix onze douze dizaines dizaine trentaine vingtaine centaines milliers " +
    "اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثمان ثماني ثمانيه تسع تسعه عشر عشره عشرات مئات الاف الاف"
  ).split(" "),
);
const BIG_NUMBERS =
  /^(?:million|millions|billion|billions|milliard|milliards|thousand|مليون|ملايين|مليار|ملياري|مليارات|الف|الاف|triple|tripled|triples|double|doubled|doubles|triple|double|tripler|doubler|تضاعف|تضاعفت)$/u;
const TIME_UNITS =
  /^(?:years?|ans?|annees?|months?|mois|weeks?|semaines?|days?|jours?|hours?|heures?|minutes?|عام|عاما|اعوام|سنه|سنوات|سنوات|شهر|اشهر|اسبوع|اسابيع|يوم|ايام|ساعه|ساعات|prison)$/u;
const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)$/u;
const DAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)|امس)$/u;
const MEASURE = /^(?:%|٪|percent|pour|بالمئه|بالمائه|المئه|المائه|نسبه|بنسبه|معدل|rate|taux)$/u;
const JUDICIAL_LATIN = new Set(
  (
    "sentenced convicted arrested charged jailed indicted pleaded acquitted ordered detained condamne condamnee " +
    "requis requiert inculpe inculpee interpelle arrete arretes arretee juge jugee ecroue"
  ).split(" "),
);
const JUDICIAL_AR = ["اعتقال", "اعتقل", "حكم", "قضت", "اوقف", "توقيف", "احتجز", "احتجاز", "مثول"];
const DISEASE_COUNTS_AR = ["اصاب", "مصاب", "وفاه", "وفيات"];
const FUTURE_LATIN = /^(?:will|would|'ll|won't|shall)$/u;
const MODAL_LATIN = /^(?:could|might|may|pourrait|pourraient|devrait|devraient|devra|pourra|likely)$/u;
const FORECAST =
  /^(?:prevoit|prevoient|expects?|forecasts?|projected|predicts?|estime|estimates?|تتوقع|يتوقع|توقع|قدر)$/u;
const OPINION =
  /^(?:should|must|think|thinks|believe|believes|feel|devrait|faut|ينبغي|يجب|يرى|ويري|يري|opinion|estime|salue|felicite|welcomed|contestent|conteste|disputes?|lapse)$/u;
const BACKGROUND =
  /^(?:founded|fondee|fonde|established|encourt|encourent|faces|risque|تاسس|تاسست|يشكل|ويشكل|تشكل|وتشكل|تعد|يعد|ويعد|تشهد|وتشهد|يشهد|ويشهد|considered|known)$/u;

export function signalsOf(tokens: Token[]): ClauseSignals {
  const list = tokens.filter((token) => token.word || token.text === "%" || token.text === "٪");
  const norms = list.map((token) => token.norm);
  const joined = ` ${norms.join(" ")} `;
  const disease = norms.some((norm) => DISEASE.test(norm));
  let casualtyWord = false;
  let count = false;
  let quantity = false;
  let future = false;
  let promise = false;
  let accusation = false;
  let judicial = false;
  let modal = false;
  let forecast = false;
  let opinion = false;
  let background = false;
  let dated = false;
  list.forEach((token, index) => {
    const norm = token.norm;
    const arabic = /[\u0600-\u06FF]/u.test(norm);
    if (arabic) {
      if (hasArabicStem(norm, words.AR_ACCUSATION) && !afterRelative(norms, index)) accusation = true;
      if (hasArabicStem(norm, words.AR_PROMISE)) promise = true;
      if (hasArabicStem(norm, CASUALTY_AR, true) && !(disease && hasArabicStem(norm, DISEASE_COUNTS_AR, true)))
        casualtyWord = true;
      if (hasArabicStem(norm, JUDICIAL_AR, true)) judicial = true;
      if (isArabicFuture(norm) || norm === "سوف" || norm === "لن") future = true;
      if (norm === "قد") modal = true;
    } else {
      // "le principal accusé", "the accused": a noun after a determiner; "est soupçonné" stays an accusation.
      if (
        words.LATIN_ACCUSATION.has(norm) &&
        !afterRelative(norms, index) &&
        !words.NOUN_BEFORE.test(norms[index - 1] ?? "")
      )
        accusation = true;
      if (words.LATIN_PROMISE.has(norm) || (norm === "committed" && norms[index + 1] === "to")) promise = true;
      if (CASUALTY_LATIN.has(norm) && !(disease && /^(?:died|dead|deaths|deces|mort|morts)$/u.test(norm)))
        casualtyWord = true;
      if (JUDICIAL_LATIN.has(norm)) judicial = true;
      if (FUTURE_LATIN.test(norm) || isFrenchFuture(norm)) future = true;
      if (MODAL_LATIN.test(norm)) modal = true;
    }
    if (FORECAST.test(norm)) forecast = true;
    if (OPINION.test(norm)) opinion = true;
    if (BACKGROUND.test(norm)) background = true;
    if (
      COUNT_WORDS.has(norm) ||
      COUNT_WORDS.has(norm.replace(/^و?ال/u, "")) ||
      (norm === "عدد" && norms[index + 1] === "من")
    )
      count = true;
    if (BIG_NUMBERS.test(norm) || MEASURE.test(norm)) quantity = true;
    if (DAYS.test(norm) || MONTHS.test(norm)) dated = true;
    if (/^-?\p{N}/u.test(norm)) {
      const kind = numberKind(norms, index);
      if (kind === "date") dated = true;
      if (kind !== "date") count = true;
      if (kind === "quantity") quantity = true;
    }
  });
  for (const phrase of words.AR_ACCUSATION_PHRASES) if (joined.includes(` ${phrase} `)) accusation = true;
  if (/ (?:behind the|mis en cause|a l'origine) /u.test(joined)) accusation = accusation || / accus/u.test(joined);
  if (joined.includes(" سقوط عدد ")) casualtyWord = count = true;
  if (/ (?:(?:ال)?(?:اعلي|ادني|اكبر)|record|highest|lowest|plus haut|plus bas) /u.test(joined)) quantity = true;
  return {
    accusation,
    casualty: casualtyWord && count,
    promise: promise || (future && !modal && !forecast),
    quantity,
    judicial,
    question: /[?؟]$/u.test(tokens.at(-1)?.text ?? ""),
    opinion,
    background,
    dated,
  };
}

/**
 * The claim type, most specific first: blame is an accusation; killed or wounded with a count is a
 * casualty report (an arrest alone is not); a commitment (promised, will, سـ، s'engage) in reported speech
 * is a promise; a measured quantity (not a year, a date, an age or a duration) is a statistic; arrests,
 * verdicts and sentences are events; other reported speech is a statement; the narrator's facts are events.
 */
export function typeOf(
  signals: ClauseSignals,
  attribution: { speaks: boolean; prosecution: boolean; inherited: TClaimType | null },
): TClaimType {
  if (signals.judicial && !attribution.speaks && !signals.casualty) return "EVENT";
  if (signals.accusation || (attribution.prosecution && !signals.casualty && !signals.judicial)) return "ACCUSATION";
  if (signals.casualty) return "CASUALTY_REPORT";
  if (signals.promise && (attribution.speaks || signals.accusation)) return "PROMISE";
  if (attribution.inherited === "ACCUSATION" || attribution.inherited === "PROMISE") return attribution.inherited;
  if (signals.quantity) return "STATISTIC";
  if (attribution.speaks) return "STATEMENT";
  return "EVENT";
}

/** An accusation inside a relative clause ("والذي اتّهمته…") is not what the clause asserts, unless the clause is that relative. */
function afterRelative(norms: string[], index: number): boolean {
  return index > 1 && words.RELATIVES.has(norms[index - 1] ?? "") && !/^(?:من|ما)$/u.test(norms[index - 1] ?? "");
}

/** A year (1990–2039 on its own or after in/since/عام), a day next to a month, an age or a duration. */
function numberKind(norms: string[], index: number): "date" | "small" | "quantity" {
  const norm = norms[index]!;
  const previous = norms[index - 1] ?? "";
  const next = norms[index + 1] ?? "";
  const value = Number(
    norm
      .replace(/[%٪]$/u, "")
      .replace(/[.,](?=\d{3}\b)/gu, "")
      .replace(",", "."),
  );
  if (/[%٪]$/u.test(norm) || MEASURE.test(next)) return "quantity";
  if (/^\d{4}$/u.test(norm) && value >= 1900 && value < 2100) return "date";
  if (MONTHS.test(next) || MONTHS.test(previous)) return "date";
  if (/^(?:\d+(?:e|er|st|nd|rd|th))$/u.test(norm) || /^(?:year|ans|an|fold)$/u.test(next.replace(/^-/u, ""))) {
    return next === "fold" ? "quantity" : "date";
  }
  if (TIME_UNITS.test(next)) return "date";
  if (BIG_NUMBERS.test(next)) return "quantity";
  if (Number.isFinite(value) && value < 10) return "small";
  return "quantity";
}

/** "ستواصل"، "سيتم"، "سنعمل": the future prefix سـ on an imperfect verb, not a noun (سياسة، سيطرة، ستة). */
function isArabicFuture(norm: string): boolean {
  const word = norm.replace(/^[وف]/u, "");
  if (!/^س[يتن]\p{L}{3,}$/u.test(word)) return false;
  return !/^(?:سياس|سيطر|سيار|سيد|سين|سياق|سيول|ستين|سنه|سنو|ستار|سير|سيف|سياح|سنغال|سنوات|سنين|سيناري|ستراتيج|سنتي|ستوكهولم)/u.test(
    word,
  );
}

/** "servira", "reconstruirait", "laisserons", "serait": French future and conditional, modals aside. */
function isFrenchFuture(norm: string): boolean {
  if (norm.length < 5 || !/(?:ra|ras|rai|rons|ront|rait|raient)$/u.test(norm)) return false;
  return !/^(?:devr|pourr|faudr|aur|extra|camera|opera|contra|ultra|para|cadra|mantra|tiara|sahara|mira|terra)/u.test(
    norm,
  );
}

/**
 * Check-worthiness: figures, named sources, accusations, promises and casualty counts score up;
 * opinions, background and questions down. Suggestions at or below zero are "less checkable".
 */
export function checkWorthiness(
  type: TClaimType,
  signals: ClauseSignals,
  named: boolean,
  wordCount: number,
  actor: boolean,
): number {
  let score = 1;
  if (actor) score += 1;
  if (type === "CASUALTY_REPORT" || type === "ACCUSATION" || type === "PROMISE") score += 3;
  if (type === "STATISTIC") score += 2;
  if (type === "STATEMENT") score += 1;
  if (signals.quantity) score += 1;
  if (named) score += 1;
  if (signals.opinion) score -= 2;
  if (signals.background) score -= 2;
  if (signals.question) score -= 4;
  if (signals.dated) score += 1;
  if (wordCount < 6) score -= 1;
  return score;
}
