import { hasArabicStem } from "./claim-tokens";

/**
 * The vocabulary of the suggestion rules, in the normalised form of lib/domain/text/arabic-normalize
 * (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics; Latin lower-case and unaccented). Arabic entries are stems
 * matched at the start of a word after و ف ب ل; Latin entries are whole words. Classes, not sentences:
 * each list names a grammatical role (a speech verb, a title, a unit) that recurs across news reports.
 */

// ── Clause openers ─────────────────────────────────────────────────────────────────────────────
export const AR_CONTRAST = new Set(["فيما", "بينما", "وبينما", "وفيما"]);
export const AR_APPOSITION = new Set(["وهو", "وهي", "وهم", "وهما"]);
export const AR_ASIDE = new Set(["يذكر", "ويذكر", "علما", "يشار", "ويشار"]);
export const AR_SECOND_COMPLEMENT = new Set(["وان", "وانه", "وانها", "وانهم", "وبان", "وبانه", "وبانها"]);
export const AR_COMPARISON = new Set(["مثلما", "كما"]);
export const LATIN_CONTRAST = new Set(["while", "whereas", "whilst"]);
export const LATIN_SPEECH_PARTICIPLE = new Set([
  "saying",
  "adding",
  "arguing",
  "claiming",
  "accusing",
  "warning",
  "insisting",
  "noting",
  "promising",
  "pledging",
  "vowing",
  "denying",
  "affirmant",
  "assurant",
  "ajoutant",
  "accusant",
  "precisant",
  "promettant",
  "soulignant",
  "denoncant",
  "expliquant",
  "estimant",
]);
export const LATIN_AUXILIARY_AFTER_AND = new Set(["would", "will", "had", "has", "have", "was", "were"]);

// ── Speech, accusation and promise verbs ───────────────────────────────────────────────────────
const AR_SPEECH = [
  "قال",
  "اكد",
  "اعلن",
  "افاد",
  "اشار",
  "اضاف",
  "صرح",
  "نفي",
  "نفت",
  "حذر",
  "اوضح",
  "ذكر",
  "كشف",
  "شدد",
  "ابلغ",
  "نقل",
];
const AR_SPEECH_PARTICIPLES = [
  "موكد",
  "مضيف",
  "مشير",
  "زاعم",
  "متهم",
  "موضح",
  "لافت",
  "معتبر",
  "محذر",
  "مرجع",
  "متعهد",
  "واعد",
  "مطالب",
  "نافي",
  "مشدد",
];
// Imperfect forms too ("والجيش يتهمها", "تتهم المنظمة"): headlines and present-tense reports use them.
export const AR_ACCUSATION = [
  "اتهم",
  "اتهام",
  "متهم",
  "يتهم",
  "تتهم",
  "ادعت",
  "ادعي",
  "ادعو",
  "زعم",
  "زاعم",
  "متورط",
  "تورط",
];
export const AR_ACCUSATION_PHRASES = ["حمل مسووليه", "تقف وراء", "يقف وراء", "بالوقوف وراء", "حملت مسووليه"];
export const AR_PROMISE = ["وعد", "تعهد", "يتعهد", "تتعهد", "التزم", "متعهد", "واعد"];

const LATIN_SPEECH = new Set([
  "said",
  "says",
  "say",
  "told",
  "added",
  "stated",
  "announced",
  "declared",
  "denied",
  "denies",
  "warned",
  "warns",
  "claimed",
  "claims",
  "confirmed",
  "reported",
  "insisted",
  "argued",
  "noted",
  "explained",
  "described",
  "rejected",
  "wrote",
  "tweeted",
  "urged",
  "called",
  "estimated",
  "welcomed",
  "dismissed",
  "criticised",
  "criticized",
  "condemned",
  "acknowledged",
  "admitted",
  "conceded",
  "reconnu",
  "reconnait",
  "critique",
  "condamne",
  "declare",
  "dit",
  "affirme",
  "affirment",
  "annonce",
  "ajoute",
  "precise",
  "indique",
  "souligne",
  "assure",
  "estime",
  "averti",
  "avertit",
  "explique",
  "denonce",
  "reclame",
  "appelle",
  "plaide",
  "confirme",
  "rapporte",
  "felicite",
  "salue",
  "prevoit",
  "demande",
  // A forecast is attributed like speech: "The International Monetary Fund expects…", "the IMF forecast…".
  "expects",
  "forecast",
  "forecasts",
  "predicts",
  "predicted",
]);
export const LATIN_ACCUSATION = new Set([
  "accused",
  "accuses",
  "accuse",
  "accusent",
  "accusing",
  "accusant",
  "blamed",
  "blames",
  "implicated",
  "alleged",
  "alleges",
  "suspected",
  "reproche",
  "reprochent",
  "implique",
  "impliques",
  "impliquee",
  "soupconne",
  "soupconnee",
  "soupconnes",
]);
export const LATIN_PROMISE = new Set([
  "promised",
  "promises",
  "pledged",
  "pledges",
  "vowed",
  "vows",
  "promet",
  "promis",
  "promettant",
  "s'engage",
  "engage",
  "engagee",
  "s'engagent",
]);

/** "le principal accusé", "the accused": after these, an accusation word is a noun. */
export const NOUN_BEFORE = /^(?:the|an|le|la|les|un|une|principal|principale|co|des)$/u;

export function isArabicSpeechParticiple(norm: string): boolean {
  return AR_SPEECH_PARTICIPLES.some((stem) => norm.startsWith(stem) && norm.length <= stem.length + 2);
}
/** A verb that attributes words: said, accused, promised (and their Arabic stems). */
export function isArabicReportingVerb(norm: string): boolean {
  return (
    isArabicSpeechVerb(norm) ||
    hasArabicStem(norm, ["اتهم", "ادعت", "ادعي", "زعم", "وعد", "تعهد"]) ||
    isArabicSpeechParticiple(norm)
  );
}
/** Reporting verbs whose stem is also the start of common nouns (قدرة، دعاية): matched as whole words. */
const AR_SPEECH_EXACT = new Set(
  (
    "قدر قدرت توقع توقعت رجح رجحت اعتبر اعتبرت طالب طالبت دعا دعت اعرب اعربت رحب رحبت ندد نددت انتقد انتقدت " +
    "اقر اقرت اعترف اعترفت نشر نشرت بينت لفت لفتت " +
    // The present tense of wire copy ("ويقول سكان…", "وتؤكد الأمم المتحدة…"): same verbs, imperfect forms.
    "يقول تقول يقولون تقولان يوكد توكد يوكدون يشير تشير يشيرون يضيف تضيف يعلن تعلن يفيد تفيد يحذر تحذر"
  ).split(" "),
);
export const isArabicSpeechVerb = (norm: string) =>
  hasArabicStem(norm, AR_SPEECH) || isArabicSpeechParticiple(norm) || AR_SPEECH_EXACT.has(norm.replace(/^[وف]/u, ""));
export const isArabicActVerb = (norm: string) =>
  hasArabicStem(norm, ["اتهم", "يتهم", "تتهم", "ادعت", "ادعي", "زعم", "وعد", "تعهد"]);
export const isLatinSpeechVerb = (norm: string) => LATIN_SPEECH.has(norm) || LATIN_SPEECH_PARTICIPLE.has(norm);
export const isLatinActVerb = (norm: string) => LATIN_ACCUSATION.has(norm) || LATIN_PROMISE.has(norm);
export const isLatinReportingVerb = (norm: string) => isLatinSpeechVerb(norm) || isLatinActVerb(norm);

// ── Who speaks ─────────────────────────────────────────────────────────────────────────────────
export const PRONOUNS = new Set(["he", "she", "it", "they", "we", "il", "elle", "ils", "elles", "on"]);
export const RELATIVES = new Set([
  "which",
  "who",
  "whom",
  "qui",
  "dont",
  "ما",
  "الذي",
  "التي",
  "الذين",
  "والذي",
  "والتي",
  "من",
]);
export const LATIN_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "le",
  "la",
  "les",
  "l'",
  "un",
  "une",
  "des",
  "sa",
  "son",
  "ses",
]);
/** Titles before a name: the name follows (Health Minister Andrei Popescu → Andrei Popescu). */
export const LATIN_TITLES = new Set(
  (
    "minister ministre president presidente governor senator senateur judge juge mayor maire spokesman spokeswoman " +
    "spokesperson porte-parole secretary attorney prosecutor procureur procureure depute deputee general gen col " +
    "colonel commander chief director directeur directrice dr dr. prof prof. mr mr. mrs mrs. ms ms. me me. mme " +
    "lawyer avocat avocate presidente ambassador ambassadeur envoy head chairman chairwoman ceo rep rep. sen sen. " +
    "brigadier captain lieutenant sheikh king queen prince pope officer inspector superintendent"
  ).split(" "),
);
export const AR_TITLES = [
  "متحدث",
  "ناطق",
  "قائد",
  "وزير",
  "رئيس",
  "نائب",
  "مدير",
  "مسوول",
  "مدعي",
  "قاضي",
  "سفير",
  "محافظ",
  "مفوض",
  "امين",
  "زعيم",
  "مبعوث",
  "ممثل",
  "منسق",
  "عضو",
  "محامي",
  "طبيب",
  "خبير",
  "محلل",
  "استاذ",
  "صحفي",
  "مراسل",
  "ناشط",
  "باحث",
  "قاضي",
  "نقيب",
];
/** Ranks directly before a name: العميد غسان باكير. */
export const AR_RANKS = new Set([
  "العميد",
  "اللواء",
  "العقيد",
  "الدكتور",
  "الشيخ",
  "المهندس",
  "الرائد",
  "المقدم",
  "الفريق",
]);
export const AR_NAME_LINKS = new Set(["عبد", "ابو", "بن", "ابن", "بنت", "ام", "عبد"]);
/** Nouns of an unnamed source: the whole phrase names it ("مصادر ميدانية", "medical sources"). */
export const UNNAMED_SOURCES = new Set([
  "مصادر",
  "مصدر",
  "sources",
  "source",
  "officials",
  "responsables",
  "residents",
  "habitants",
  "witnesses",
  "temoins",
  "شهود",
  "سكان",
  "ناشطون",
  "مسوولون",
]);
/** "Rescuers from the White Helmets", "Meteorologists at INMET": the organisation speaks. */
export const LATIN_MEMBER_LINKS = new Set(["from", "at", "of", "with", "du", "de"]);
/** Not a speaker: "according to the information", "selon les informations". */
export const NOT_SPEAKERS = new Set([
  "المعلومات",
  "معلومات",
  "information",
  "informations",
  "reports",
  "the information",
]);
export const AR_DOCUMENTS = [
  "بيان",
  "تقرير",
  "تصريح",
  "تسجيل",
  "مقطع",
  "مؤتمر",
  "موتمر",
  "تغريده",
  "منشور",
  "رساله",
  // Figures are their issuer's: "بحسب أرقام إدارة…", "وفق تقديرات الأمم المتحدة", "بحسب إحصاءات الوزارة".
  "ارقام",
  "تقديرات",
  "احصاء",
  "احصائيات",
  "معطيات",
];
export const LATIN_DOCUMENTS = new Set([
  "statement",
  "report",
  "estimate",
  "estimation",
  "rapport",
  "communique",
  "study",
  "etude",
  "data",
  "donnees",
  "figures",
  "chiffres",
  "survey",
  "enquete",
  "note",
  // Plans and budgets state figures but do not speak: "The budget forecasts…", "Le plan prévoit…".
  "budget",
  "plan",
  "releves",
  "decompte",
]);
export const AR_OUTLET_NOUNS = ["لمنصه", "لوكاله", "لموقع", "لصحيفه", "لقناه", "لاذاعه", "لشبكه", "لتلفزيون"];
export const AR_ORG_NOUNS = [
  "وزاره",
  "شبكه",
  "منظمه",
  "هيئه",
  "مجلس",
  "جمعيه",
  "لجنه",
  "جهاز",
  "صندوق",
  "بنك",
  "قوات",
  "جماعه",
  "حركه",
  "حزب",
  "اتحاد",
  "نقابه",
  "مفوضيه",
  "وكاله",
  "مكتب",
  "مركز",
  "مرصد",
  "جيش",
  "الجيش",
  "حكومه",
  "محكمه",
  "نيابه",
  "شركه",
  // Directorates, departments, administrations, authorities, commands: "مديرية الأمن العام"، "إدارة مكافحة المخدرات".
  "مديريه",
  "اداره",
  "دائره",
  "سلطه",
  "قياده",
  "مصلحه",
];
export const PROSECUTION = /\b(?:prosecutors?|prosecution|procureure?|parquet|النيابه|الادعاء|المدعي)\b/u;
/** Who announces arrests and charges as facts: an arrest they report is an event, not their statement. */
export const AUTHORITY =
  /\b(?:police|policiers?|gendarmerie|gendarmes|prosecutors?|procureure?|parquet|court|tribunal)\b/u;
export const STOP_AFTER_AR_VERB = new Set([
  "ان",
  "بان",
  "انه",
  "انها",
  "الي",
  "علي",
  "عن",
  "خلال",
  "بعد",
  "قبل",
  "منذ",
  "اليوم",
  "امس",
  "يوم",
  "اي",
  "كل",
  "جميع",
  "ايه",
  "فيه",
  "فيها",
  "لها",
  "له",
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
  "الجمعه",
  "السبت",
  "الليله",
  "صباح",
  "مساء",
]);
export const LATIN_TIME_WORDS = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday today yesterday lundi mardi mercredi jeudi vendredi " +
    "samedi dimanche hier aujourd'hui soir matin"
  ).split(" "),
);
