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
  /** A forecast or a modal ("devrait se prolonger", "expects", "could"): the source's own judgement. */
  forecast: boolean;
  /** An explicit commitment (pledged, تعهد, s'engage, announced funding), not only a future tense. */
  pledge: boolean;
  /** A scheduled event ("is scheduled to", "من المقرر أن", "doit se tenir"): an event, whoever reports it. */
  scheduled: boolean;
  /** Goods seized (seized, saisi, ضبط): counted, so a statistic even in a prosecutor's words. */
  seizure: boolean;
  /** A calendar step ("will publish the results of all 5,002 stations next week"): a statement, its count aside. */
  step: boolean;
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
    "tuees morts mort mortes morte blesses blesse blessees victimes deces decede decedes decedee decedees perished"
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
  /^(?:million|millions|billion|billions|milliard|milliards|thousand|مليون|مليوني|مليونا|ملايين|مليار|ملياري|مليارات|الف|الفي|الاف|triple|tripled|triples|double|doubled|doubles|triple|double|tripler|doubler|تضاعف|تضاعفت)$/u;
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
    "requis requiert inculpe inculpee inculpes inculpees interpelle interpelles interpellee interpellees arrete arretes " +
    "arretee arretees juge jugee ecroue ecroues ecrouee condamnes condamnees"
  ).split(" "),
);
const JUDICIAL_AR = ["اعتقال", "اعتقل", "حكم", "قضت", "اوقف", "توقيف", "احتجز", "احتجاز", "مثول", "قبض"];
const DISEASE_COUNTS_AR = ["اصاب", "مصاب", "وفاه", "وفيات"];
const FUTURE_LATIN = /^(?:will|would|'ll|won't|shall)$/u;
/** "va supprimer", "nous allons fermer": French near future (aller + infinitive). */
const NEAR_FUTURE_FR = /^(?:vais|vas|va|allons|allez|vont)$/u;
const FIRST_PERSON = /^(?:we|i|nous|je|j'|we'll|i'll)$/u;
/**
 * Routine steps of an institution's calendar ("will publish figures next week", "ستنشر حصيلة كل يوم أحد",
 * "recevrait les syndicats jeudi", "would hold rallies every Friday"): announced, not pledged.
 */
const ROUTINE_STEP =
  /^(?:publish|publishes|hold|holds|meet|meets|receive|publier|publiera|publierait|publieront|publieraient|recevoir|recevra|recevrait|recevront|tiendra|tiendrait|tenir|reunira|reunirait|reunir|rencontrera|rencontrerait)$|^[وف]?س[يتن](?:نشر|عقد|ستقبل|لتقي|جتمع)/u;
/** Near calendar anchors besides weekdays and months: next week, the end of the month, every Friday. */
const CALENDAR =
  / (?:next (?:week|month)|this (?:week|month)|end of (?:the |this )?(?:week|month)|every (?:day|week|month)|la semaine prochaine|le mois prochain|fin du mois|fin de la semaine|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:ال)?(?:اسبوع|شهر) (?:المقبل|القادم|الجاري)|نهايه الشهر|كل يوم) /u;
/**
 * Decisions that take something away from people: closing a plant, delaying a project, suspending a service,
 * or cutting jobs ("will cut 2,500 jobs", "va supprimer 1 150 postes", "ستغلق المصنع"). Announced in the future
 * tense they are news or figures, not commitments to anyone. Cutting a tax or a debt is not among them: that
 * is what a government pledges.
 */
const CLOSURE =
  /^(?:close|closes|shut|delay|delays|postpone|suspend|scrap|fermer|fermera|fermerait|reporter|reportera|suspendre|suspendra)$|^[وف]?س[يت](?:غلق|وجل|علق|لغي)/u;
const JOB_CUT =
  /^(?:cut|cuts|eliminate|supprimer|supprimera|supprimerait|licencier|licenciera|[وف]?س[يت](?:سرح|لغي))$/u;
const JOBS = /^(?:jobs|posts|positions|workers|staff|postes|emplois|salaries|وظيفه|وظائف|موظف|عامل|عمال)$/u;
/** "is scheduled to", "are due to", "من المقرر أن", "doit se tenir", "est prévu": a date in a calendar. */
const SCHEDULED =
  / (?:(?:is|are|was|were) (?:scheduled|due|set) to|(?:is|are) expected to (?:begin|start|hear|meet|vote|rule|open|resume|take place)|doit se tenir|doivent se tenir|est prevue? (?:le|pour)|من المقرر|ومن المقرر|المقرر ان) /u;
/**
 * Announcing a provision is committing to it: "a annoncé une enveloppe de 3 millions", "a annoncé la création
 * d'un parquet", "announced funding for…", "أعلن تخصيص…". The verb and its object, not the verb alone.
 */
const ANNOUNCE = /^(?:announced|announces|annonce|annoncee|annoncent|[وف]?(?:اعلن|اعلنت|يعلن|تعلن))$/u;
const PROVISION =
  /^(?:enveloppe|aide|aides|fonds|creation|gratuite|construction|ouverture|recrutement|funding|grant|grants|fund|creation|construction|opening|(?:ال)?(?:تخصيص|انشاء|بناء|صرف|مجانيه|افتتاح|توظيف))$/u;
function providesNext(norms: string[], index: number): boolean {
  for (let at = index + 1; at < Math.min(norms.length, index + 6); at++) {
    const norm = norms[at]!;
    if (PROVISION.test(norm)) return true;
    if (
      !/^(?:une?|la|le|les|l'|des|a|an|the|new|pour|sa|part|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|عن)$/u.test(
        norm,
      )
    )
      return false;
  }
  return false;
}
const SEIZURE =
  /^(?:seized|seizure|seizures|confiscated|saisi|saisis|saisie|saisies|saisit)$|^[وف]?(?:ضبط|ضبطت|صادر|صادرت)$/u;
/**
 * Bounds and approximations before a count make it a measurement: at least five, نحو 150، ما لا يقل عن خمس,
 * "quelque 300" (about; "quelques centaines", a few hundred, is vague and stays out).
 */
const BOUNDS =
  / (?:at least|more than|fewer than|less than|nearly|almost|about|around|au moins|plus de|moins de|pres de|environ|quelque|ما لا يقل عن|اكثر من|اقل من|نحو|حوالي|قرابه) /u;
/** Ratios and rankings are measurements: twice as many, deux fois plus, le deuxième plus chaud, ever recorded. */
const RATIO_OR_RANK =
  / (?:twice as|times as many|times more|fois plus|fois moins|ضعف|اضعاف|ever recorded|jamais mesure|jamais enregistre|le plus \p{L}+ jamais|(?:deuxieme|troisieme|second|third) (?:plus|highest|largest|lowest)) /u;
const MODAL_LATIN = /^(?:could|might|may|pourrait|pourraient|devrait|devraient|devra|pourra|likely)$/u;
const FORECAST =
  /^(?:prevoit|prevoient|expects?|forecasts?|projected|predicts?|estime|estimates?|تتوقع|يتوقع|توقع|قدر)$/u;
/**
 * Subjects that commit to nothing: weather, prices, an economy, a truce. "الأمطار ستتراجع", "the economy
 * will grow", "الهدنة ستسمح بفتح ممرات" forecast what will happen; a speaker can only promise their own acts.
 */
const PROCESS_SUBJECT =
  /^(?:rain|rains|rainfall|weather|temperatures?|economy|inflation|prices|growth|truce|ceasefire|pluies?|temperatures|episode|l'episode|croissance|prix|economie|l'economie|l'inflation|treve|(?:ال)?(?:امطار|طقس|حراره|اقتصاد|تضخم|اسعار|نمو|هدنه|سيول))$/u;
const OPINION =
  /^(?:should|must|think|thinks|believe|believes|feel|devrait|faut|ينبغي|يجب|يرى|ويري|يري|opinion|estime|salue|felicite|welcomed|contestent|conteste|disputes?|lapse)$/u;
const BACKGROUND =
  /^(?:founded|fondee|fonde|established|encourt|encourent|faces|risque|تاسس|تاسست|يشكل|ويشكل|تشكل|وتشكل|تعد|يعد|ويعد|تشهد|وتشهد|يشهد|ويشهد|considered|known)$/u;

export function signalsOf(tokens: Token[]): ClauseSignals {
  const list = tokens.filter((token) => token.word || token.text === "%" || token.text === "٪");
  const norms = list.map((token) => token.norm);
  const joined = ` ${norms.join(" ")} `;
  const disease = norms.some((norm) => DISEASE.test(norm));
  // "a 48-page report", "a five-storey building": a number joined by a hyphen to a noun describes, it does not measure.
  const compound = new Set(
    tokens
      .filter(
        (token, at) =>
          /^\p{N}/u.test(token.norm) &&
          tokens[at + 1]?.text === "-" &&
          tokens[at + 1]!.start === token.end &&
          !/^(?:fold|percent)$/u.test(tokens[at + 2]?.norm ?? ""),
      )
      .map((token) => token.start),
  );
  let casualtyWord = false;
  let promiseAt = -1;
  let accusationAt = -1;
  let firstPerson = false;
  let routine = false;
  let reduction = false;
  let measured = false;
  let processSubject = false;
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
      if (isArabicFuture(norm) && /^[وف]?سن/u.test(norm)) firstPerson = true;
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
      if (FIRST_PERSON.test(norm) || norm === "allons") firstPerson = true;
      if (NEAR_FUTURE_FR.test(norm) && /^\p{L}+(?:er|ir|re|oir)$/u.test(norms[index + 1] ?? "")) future = true;
      if (CASUALTY_LATIN.has(norm) && !(disease && /^(?:died|dead|deaths|deces|mort|morts)$/u.test(norm)))
        casualtyWord = true;
      // "qui a requis l'anonymat", "who was detained in 2019": a judicial word in a relative clause is background.
      if (JUDICIAL_LATIN.has(norm) && !afterRelative(norms, index) && !afterRelative(norms, index - 1)) judicial = true;
      // A capitalised word ending in -ra ("Valtera", "Ankara") is a name, not a French future.
      if (FUTURE_LATIN.test(norm) || (isFrenchFuture(norm) && !token.capital)) future = true;
      if (MODAL_LATIN.test(norm)) modal = true;
    }
    if (promise && promiseAt === -1) promiseAt = index;
    if (accusation && accusationAt === -1) accusationAt = index;
    if (ROUTINE_STEP.test(norm)) routine = true;
    if (ANNOUNCE.test(norm) && providesNext(norms, index)) promise = true;
    if (CLOSURE.test(norm) || (JOB_CUT.test(norm) && norms.some((other) => JOBS.test(other)))) reduction = true;
    if (BIG_NUMBERS.test(norm) || /[%٪$€£]/u.test(token.text)) measured = true;
    if (FORECAST.test(norm)) forecast = true;
    if (PROCESS_SUBJECT.test(norm) && !future) processSubject = true;
    if (OPINION.test(norm)) opinion = true;
    if (BACKGROUND.test(norm)) background = true;
    if (
      COUNT_WORDS.has(norm) ||
      COUNT_WORDS.has(norm.replace(/^و?ال/u, "")) ||
      (norm === "عدد" && norms[index + 1] === "من")
    )
      count = true;
    if (BIG_NUMBERS.test(norm) || (MEASURE.test(norm) && isMeasure(norms, index))) quantity = true;
    if (DAYS.test(norm) || MONTHS.test(norm)) dated = true;
    if (/^-?\p{N}/u.test(norm)) {
      const kind = compound.has(token.start) ? "small" : numberKind(norms, index);
      if (kind === "date") dated = true;
      if (kind !== "date") count = true;
      if (kind === "quantity") quantity = true;
    }
  });
  for (const phrase of words.AR_ACCUSATION_PHRASES) if (joined.includes(` ${phrase} `)) accusation = true;
  if (/ (?:behind the|mis en cause|a l'origine) /u.test(joined)) accusation = accusation || / accus/u.test(joined);
  if (joined.includes(" سقوط عدد ")) casualtyWord = count = true;
  if (/ (?:(?:ال)?(?:اعلي|ادني|اكبر)|record|highest|lowest|plus haut|plus bas) /u.test(joined)) quantity = true;
  if (RATIO_OR_RANK.test(joined)) quantity = true;
  if (count && boundedCount(joined)) quantity = true;
  if (signalsHaveFault(joined)) accusation = true;
  // "تعهد… بتسليم أي عنصر يثبت تورطه", "pledged to prosecute anyone implicated": the pledge is the assertion.
  if (promiseAt !== -1 && accusationAt > promiseAt) accusation = false;
  const scheduled = SCHEDULED.test(joined);
  // The future tense alone promises only what is no calendar step or scheduled event, and — unless the
  // speaker commits in the first person ("we will", "nous allons", سنعمل) — no closure or job cut ("va
  // supprimer 1 150 postes" is a figure) and no forecast of a process (rain, prices, a truce).
  const routineStep = routine && (dated || CALENDAR.test(joined));
  const futurePromise =
    future && !modal && !forecast && !scheduled && !routineStep && (firstPerson || (!reduction && !processSubject));
  return {
    accusation,
    casualty: casualtyWord && count,
    promise: promise || futurePromise,
    pledge: promise,
    forecast: forecast || modal,
    quantity,
    judicial,
    question: /[?؟]$/u.test(tokens.at(-1)?.text ?? ""),
    opinion,
    background,
    dated,
    scheduled,
    seizure: norms.some((norm) => SEIZURE.test(norm)),
    step: routineStep && !measured && !promise,
  };
}

/** "pour" measures only in "pour cent" / "pour mille", not in "pour sa part" or "pour l'hôpital". */
function isMeasure(norms: string[], index: number): boolean {
  return norms[index] !== "pour" || /^(?:cent|mille)$/u.test(norms[index + 1] ?? "");
}

/** A count after a bound or an approximation ("at least five", "نحو 150"), not a duration ("more than 10 years"). */
function boundedCount(joined: string): boolean {
  const match = BOUNDS.exec(joined);
  if (!match) return false;
  const after = joined.slice(match.index + match[0].length).split(" ", 2);
  return (/^\p{N}/u.test(after[0] ?? "") || COUNT_WORDS.has(after[0] ?? "")) && !TIME_UNITS.test(after[1] ?? "");
}

/** Blame without the word accuse: "were the fault of", "la faute de", "to blame for". */
function signalsHaveFault(joined: string): boolean {
  return / (?:the fault of|to blame for|la faute (?:de|du|des)) /u.test(joined);
}

/**
 * The claim type, most specific first: blame is an accusation; killed or wounded with a count is a
 * casualty report (an arrest alone is not); a commitment (promised, will, سـ، s'engage) in reported speech
 * is a promise; a measured quantity (not a year, a date, an age or a duration) is a statistic; arrests,
 * verdicts and sentences are events; other reported speech is a statement; the narrator's facts are events.
 */
export function typeOf(
  signals: ClauseSignals,
  attribution: {
    speaks: boolean;
    prosecution: boolean;
    authority?: boolean;
    /** An unnamed source ("diplomatic sources", "مصدر أمني"): it reports plans, it binds no one to them. */
    anonymous?: boolean;
    inherited: TClaimType | null;
  },
): TClaimType {
  if (signals.judicial && !attribution.speaks && !signals.casualty) return "EVENT";
  // The prosecution's words accuse, unless they count what was seized ("les enquêteurs ont saisi 320 kilos…").
  if (signals.accusation || (attribution.prosecution && !signals.casualty && !signals.judicial && !signals.seizure))
    return "ACCUSATION";
  if (signals.casualty) return "CASUALTY_REPORT";
  // An arrest or a charge announced by the police, prosecutors or a court is an event they report.
  if (signals.judicial && attribution.authority && !signals.promise && !signals.quantity) return "EVENT";
  if (signals.scheduled && !signals.quantity) return "EVENT";
  if (signals.promise && (attribution.speaks || signals.accusation) && (signals.pledge || !attribution.anonymous))
    return "PROMISE";
  if (attribution.inherited === "ACCUSATION" || attribution.inherited === "PROMISE") return attribution.inherited;
  if (signals.step && attribution.speaks) return "STATEMENT";
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
  if (/[%٪]$/u.test(norm) || (MEASURE.test(next) && isMeasure(norms, index + 1))) return "quantity";
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
