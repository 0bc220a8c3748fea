/**
 * The page's own words, in Arabic and English. Everything about the article (names, titles,
 * statements, notes) comes from the API in the language asked for; this file only labels the
 * interface and the API's enum values.
 */
import type {
  ActorKind, AssertionLevel, AttributionKind, Channel, SpokenLanguage, DateBound, DatePrecision, EventKind, EventRelationKind, EventStatus, ParticipantRole, QuoteKind, Stance,
} from '../../src/generated/graphql.js';

export type Lang = 'ar' | 'en';

const ui = {
  ar: {
    title: 'مستكشف أخبار',
    tagline: 'مقال إخباري واحد في صورة شبكة معرفية موثقة بالأدلة',
    skip: 'انتقل إلى المقال',
    switchTo: 'English',
    switchLabel: 'اعرض الصفحة بالإنجليزية',
    graphiql: 'واجهة GraphQL',
    nav: 'أقسام الصفحة',
    reader: 'المقال',
    timeline: 'التسلسل الزمني',
    network: 'شبكة الفاعلين',
    opinions: 'آراء الخبراء',
    details: 'التفاصيل',
    loading: 'جارٍ التحميل…',
    loadFailed: 'تعذر تحميل البيانات',
    published: 'نُشر في',
    dateline: 'من',
    publisher: 'الناشر',
    editorialHeadline: 'العنوان من وضع محرري أخبار، فالنص الأصلي بلا عنوان.',
    legend: 'مفتاح الألوان',
    search: 'ابحث في النص',
    originals: 'النص العربي الأصلي',
    searchPrevious: 'التطابق السابق', searchNext: 'التطابق التالي', searchOf: 'من', searchNone: 'لا تطابق في النص',
    searchFailed: 'تعذر البحث', searchRefused: 'رُفض البحث',
    readerHint: 'الأسماء مظللة؛ انقر على أحدها لفتح بطاقته. أظهر الأحداث والاقتباسات والادعاءات من مفتاح الألوان، فتفتحها رموز في الهامش. بلوحة المفاتيح: Tab من فقرة إلى فقرة، والأسهم داخل الفقرة.',
    detailsEmpty: 'اختر عبارة مظللة في المقال أو حدثا في التسلسل الزمني أو فاعلا في الشبكة.',
    evidence: 'الدليل من النص',
    showInText: 'اعرضه في النص',
    roles: 'الصفات والمناصب',
    events: 'الأحداث',
    quotes: 'الاقتباسات',
    claims: 'الادعاءات',
    mentions: 'المواضع في النص',
    status: 'الحالة',
    date: 'التاريخ',
    undated: 'لا يحدد المقال تاريخا',
    inferred: 'تاريخ مستنتج',
    stated: 'تاريخ مذكور',
    place: 'المكان',
    duration: 'المدة',
    count: 'عدد المرات',
    participants: 'المشاركون',
    related: 'أحداث مرتبطة',
    note: 'ملاحظة المحررين',
    speaker: 'القائل',
    channel: 'القناة',
    reportedBy: 'نقلته',
    about: 'بخصوص',
    claimant: 'صاحب الادعاء',
    aboutActors: 'عن',
    kind: 'النوع',
    credential: 'الصفة',
    stance: 'الموقف',
    subject: 'الموضوع',
    none: 'لا شيء',
    timelineHint: 'الأحداث بحسب تاريخها. الشريط مدة معروفة؛ والسهم حدّ مفتوح: «في أو قبل 8 أغسطس» يمتد سهمه نحو الماضي. أحداث اليوم الواحد في سطر واحد.',
    publication: 'تاريخ النشر',
    afterPublication: 'بعد تاريخ النشر: لم يقع بعد',
    before: 'قبل',
    after: 'بعد',
    placedBy: 'بحسب صلته بحدث',
    orderOnly: 'بلا تاريخ',
    networkListHint: 'الفاعلون مرتبون بعدد مرات ذكرهم، ومع كل منهم من يرتبط به. اختر فاعلا ليُحدَّد في الصفحة كلها.',
    networkHint: 'أسماء الأكثر ذكرا ظاهرة، والبقية عند المرور أو التركيز. اختر فاعلا ليُحدَّد في الصفحة كلها. للتكبير: الأزرار أو Ctrl مع عجلة الفأرة أو القرص بإصبعين أو المفتاحان + و−؛ وللتحريك: السحب أو الأسهم.',
    zoom: 'تكبير الشبكة',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    zoomReset: 'الحجم الأصلي',
    zoomLevel: 'نسبة التكبير',
    mentionsCount: 'مرات الذكر',
    shared: 'مشترك',
    opinionsHint: 'كل خبير بصفته وقناته وموقفه وادعاءاته، مع الدليل من النص.',
    footer: 'البيانات من واجهة أخبار البرمجية عبر حزمة SDK المولّدة.',
    clear: 'إلغاء التحديد',
    closeCard: 'أغلق البطاقة',
    cardLink: 'رابط هذه البطاقة',
    copyQuote: 'انسخ الاقتباس مع مصدره',
    copied: 'نُسخ.',
    copyFailed: 'تعذر النسخ.',
    summary: 'القصة في لمحة',
    summaryWho: 'من',
    summaryWhen: 'متى',
    summaryExperts: 'رأي الخبيرين',
    andMore: 'و{n} غيره',
    networkSize: 'مساحة الدائرة بعدد مرات الذكر',
    networkLine: 'الخط: حدث أو اقتباس أو ادعاء مشترك',
    weekOf: 'أسبوع',
    offAxis: 'أحداث بلا تاريخ',
    offAxisHint: 'لا يذكر المقال لهذه الأحداث تاريخا، فتُسرد هنا دون موضع على المحور، مع ما يُعرف من ترتيبها.',
    networkList: 'الفاعلون بحسب عدد مرات الذكر',
    linkedTo: 'مرتبط بـ',
    backToText: 'عودة إلى النص',
    backToCard: 'عودة إلى البطاقة',
    assertedBy: 'على لسان',
    via: 'عبر',
    originalLanguage: 'لغة القول الأصلية',
    inferredLanguage: 'مستنتجة',
    translatedQuote: 'الترجمة الإنجليزية من صنع أخبار عن عربية المقال، لا كلمات القائل نفسه.',
    backTranslatedQuote: 'قالها بالإنجليزية: الترجمة الإنجليزية هنا ترجمة لترجمة المقال العربية، وقد تختلف عن كلماته.',
  },
  en: {
    title: 'Akhbar explorer',
    tagline: 'One news article as an evidence-backed knowledge graph',
    skip: 'Skip to the article',
    switchTo: 'العربية',
    switchLabel: 'Show the page in Arabic',
    graphiql: 'GraphQL API',
    nav: 'Page sections',
    reader: 'The article',
    timeline: 'Timeline',
    network: 'Actor network',
    opinions: 'Expert opinions',
    details: 'Details',
    loading: 'Loading…',
    loadFailed: 'Could not load the data',
    published: 'Published',
    dateline: 'Dateline',
    publisher: 'Publisher',
    editorialHeadline: 'Headline written by Akhbar\'s editors: the source text has none.',
    legend: 'Colour key',
    search: 'Search the text',
    originals: 'Arabic original',
    searchPrevious: 'Previous match', searchNext: 'Next match', searchOf: 'of', searchNone: 'No matches in the text',
    searchFailed: 'Search failed', searchRefused: 'Search refused',
    readerHint: 'Names are highlighted: choose one to open its card. Turn on events, quotes and claims in the colour key; symbols in the margin open them. Keyboard: Tab moves between paragraphs, arrow keys within one. Highlights are on our English translation; the Arabic original follows each paragraph.',
    detailsEmpty: 'Choose a highlight in the article, an event in the timeline or an actor in the network.',
    evidence: 'Evidence in the text',
    showInText: 'Show in text',
    roles: 'Roles and titles',
    events: 'Events',
    quotes: 'Quotes',
    claims: 'Claims',
    mentions: 'Mentions in the text',
    status: 'Status',
    date: 'Date',
    undated: 'The article gives no date',
    inferred: 'inferred date',
    stated: 'stated date',
    place: 'Place',
    duration: 'Duration',
    count: 'Times',
    participants: 'Participants',
    related: 'Related events',
    note: 'Editors\' note',
    speaker: 'Speaker',
    channel: 'Channel',
    reportedBy: 'Reported by',
    about: 'Events it is about',
    claimant: 'Claimant',
    aboutActors: 'Who it is about',
    kind: 'Kind',
    credential: 'Credential',
    stance: 'Stance',
    subject: 'Subject',
    none: 'none',
    timelineHint: 'Events in date order. A bar is a known period; an arrow is an open bound: "on or before 8 August" points into the past. Events of the same day share a row.',
    publication: 'Publication date',
    afterPublication: 'after publication: not yet happened',
    before: 'before',
    after: 'after',
    placedBy: 'from its link to',
    orderOnly: 'no date',
    networkListHint: 'Actors by how often they are mentioned, each with those it is linked to. Choose an actor to select it everywhere on the page.',
    networkHint: 'The most mentioned are named; the others on hover or focus. Choose an actor to select it everywhere on the page. Zoom with the buttons, Ctrl + wheel, a pinch or the + and − keys; drag or use the arrow keys to move.',
    zoom: 'Zoom the network',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset zoom',
    zoomLevel: 'Zoom',
    mentionsCount: 'mentions',
    shared: 'shared',
    opinionsHint: 'Each expert\'s credential, channel, stance and claims, with evidence from the text.',
    footer: 'Data from the Akhbar GraphQL API, through its generated SDK.',
    clear: 'Clear selection',
    closeCard: 'Close the card',
    cardLink: 'Link to this card',
    copyQuote: 'Copy the quote with its citation',
    copied: 'Copied.',
    copyFailed: 'Could not copy.',
    summary: 'The story at a glance',
    summaryWho: 'Who',
    summaryWhen: 'When',
    summaryExperts: 'What the experts think',
    andMore: 'and {n} more',
    networkSize: 'circle area: number of mentions',
    networkLine: 'line: a shared event, quote or claim',
    weekOf: 'the week of',
    offAxis: 'Events with no date',
    offAxisHint: 'The article gives these events no date, so they are listed here, off the axis, with what is known of their order.',
    networkList: 'Actors by number of mentions',
    linkedTo: 'linked to',
    backToText: 'Back to the text',
    backToCard: 'Back to the card',
    assertedBy: 'Asserted by',
    via: 'via',
    originalLanguage: 'First said in',
    inferredLanguage: 'inferred',
    translatedQuote: 'The English is Akhbar\'s translation of the article\'s Arabic, not the speaker\'s own words.',
    backTranslatedQuote: 'Said in English: this English translates the article\'s Arabic translation and may differ from the speaker\'s words.',
  },
} as const;

export type UiKey = keyof typeof ui.en;
// Both languages have every key: a missing translation is a type error.
const _check: Record<Lang, Record<UiKey, string>> = ui;
void _check;

export type HighlightKind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'GROUP' | 'EVENT' | 'QUOTE' | 'CLAIM';

type Labels<T extends string> = Record<T, readonly [ar: string, en: string]>;

const statuses: Labels<EventStatus> = {
  OCCURRED: ['وقع', 'occurred'],
  ONGOING: ['جارٍ', 'ongoing'],
  EXPECTED: ['متوقع', 'expected'],
  PROPOSED: ['مقترح', 'proposed'],
  SOUGHT: ['مسعى إليه', 'sought'],
  SPECULATED: ['تكهنات', 'speculated'],
  THREATENED: ['مهدَّد به', 'threatened'],
};
const highlightKinds: Labels<HighlightKind> = {
  PERSON: ['شخص', 'person'],
  ORGANIZATION: ['مؤسسة', 'organisation'],
  PLACE: ['مكان', 'place'],
  GROUP: ['جماعة', 'group'],
  EVENT: ['حدث', 'event'],
  QUOTE: ['اقتباس', 'quote'],
  CLAIM: ['ادعاء', 'claim'],
};
const roles: Labels<ParticipantRole> = {
  CONDITIONAL_PARTY: ['طرف مشروط', 'conditional party'],
  ENVOY: ['مبعوث', 'envoy'],
  HOST: ['مضيف', 'host'],
  INITIATOR: ['صاحب المبادرة', 'initiator'],
  PARTICIPANT: ['مشارك', 'participant'],
  RECIPIENT: ['متلقٍّ', 'recipient'],
  REPORTER: ['ناقل الخبر', 'reporter'],
  SUBJECT: ['موضوع الحدث', 'subject'],
  TARGET: ['مستهدَف', 'target'],
  VISITOR: ['زائر', 'visitor'],
};
const channels: Labels<Channel> = {
  INTERVIEW: ['مقابلة', 'interview'],
  MEDIA_REPORT: ['تقارير إعلامية', 'media reports'],
  NEWS_AGENCY: ['وكالة أنباء', 'news agency'],
  OFFICIAL_STATEMENT: ['تصريح رسمي', 'official statement'],
  SOCIAL_MEDIA: ['وسائل التواصل الاجتماعي', 'social media'],
  UNSPECIFIED: ['غير محددة', 'unspecified'],
};
const stances: Labels<Stance> = {
  MIXED: ['متباين', 'mixed'],
  NEGATIVE: ['سلبي', 'negative'],
  NEUTRAL: ['محايد', 'neutral'],
  POSITIVE: ['إيجابي', 'positive'],
  SKEPTICAL: ['متشكك', 'sceptical'],
};
const quoteKinds: Labels<QuoteKind> = { DIRECT: ['اقتباس مباشر', 'direct quote'], REPORTED: ['كلام منقول', 'reported speech'] };
const precisions: Labels<DatePrecision> = { DAY: ['باليوم', 'to the day'], WEEK: ['بالأسبوع', 'to the week'], MONTH: ['بالشهر', 'to the month'], YEAR: ['بالسنة', 'to the year'] };
const bounds: Labels<DateBound> = {
  APPROXIMATE: ['نحو', 'around'],
  EXACT: ['في', 'on'],
  NOT_EARLIER_THAN: ['في أو بعد', 'on or after'],
  NOT_LATER_THAN: ['في أو قبل', 'on or before'],
};
const eventKinds: Labels<EventKind> = {
  CEASEFIRE: ['وقف إطلاق النار', 'ceasefire'],
  COMMUNICATION: ['تواصل', 'communication'],
  DEADLINE: ['مهلة', 'deadline'],
  DEMAND: ['مطالب', 'demand'],
  DIPLOMATIC_MISSION: ['مهمة دبلوماسية', 'diplomatic mission'],
  MEDIA_COVERAGE: ['تغطية إعلامية', 'media coverage'],
  MEETING: ['اجتماع', 'meeting'],
  PEACE_AGREEMENT: ['اتفاق سلام', 'peace agreement'],
  SANCTIONS: ['عقوبات', 'sanctions'],
  STATEMENT: ['تصريح', 'statement'],
  TAKING_OFFICE: ['تولي منصب', 'taking office'],
  TALKS: ['مباحثات', 'talks'],
  TARIFFS: ['رسوم جمركية', 'tariffs'],
  VISIT: ['زيارة', 'visit'],
  WAR: ['حرب', 'war'],
};
/** A relation read from its source ("precedes") and from its target ("follows"). */
const relationsOut: Labels<EventRelationKind> = {
  AIMS_AT: ['يرمي إلى', 'aims at'],
  ALTERNATIVE_TO: ['بديل عن', 'alternative to'],
  CAUSE_OF: ['سبب في', 'cause of'],
  CONDITION_OF: ['شرط لـ', 'condition of'],
  CONFLICTS_WITH: ['يتعارض مع', 'conflicts with'],
  FOLLOWS_UP: ['متابعة لـ', 'follows up'],
  PART_OF: ['جزء من', 'part of'],
  PRECEDES: ['يسبق', 'precedes'],
  RESPONSE_TO: ['رد على', 'response to'],
};
const relationsIn: Labels<EventRelationKind> = {
  AIMS_AT: ['مسعى إليه في', 'aimed at by'],
  ALTERNATIVE_TO: ['بديل عنه', 'alternative to'],
  CAUSE_OF: ['ناتج عن', 'caused by'],
  CONDITION_OF: ['مشروط بـ', 'conditional on'],
  CONFLICTS_WITH: ['يتعارض مع', 'conflicts with'],
  FOLLOWS_UP: ['تلاه', 'followed up by'],
  PART_OF: ['يتضمن', 'includes'],
  PRECEDES: ['يلي', 'follows'],
  RESPONSE_TO: ['ردّ عليه', 'answered by'],
};
const attributions: Labels<AttributionKind> = {
  ARTICLE: ['المقال بصوته', 'the article itself'],
  NAMED_SOURCE: ['مصدر مسمّى', 'a named source'],
  UNNAMED_SOURCE: ['مصدر غير مسمّى', 'an unnamed source'],
  AKHBAR_READING: ['قراءة محرري أخبار', 'Akhbar\'s reading'],
};
const levels: Labels<AssertionLevel> = { FACT: ['خبر', 'fact'], OPINION: ['رأي', 'opinion'], FORECAST: ['توقع', 'forecast'] };
const languages: Labels<SpokenLanguage> = {
  AR: ['العربية', 'Arabic'], EN: ['الإنجليزية', 'English'], RU: ['الروسية', 'Russian'], UNKNOWN: ['لا يذكرها المقال', 'not stated'],
};
const actorKinds: Labels<ActorKind> = {
  PERSON: highlightKinds.PERSON, ORGANIZATION: highlightKinds.ORGANIZATION, PLACE: highlightKinds.PLACE, GROUP: highlightKinds.GROUP,
};

const pick = <T extends string>(labels: Labels<T>) => (lang: Lang, value: T): string => labels[value][lang === 'ar' ? 0 : 1];

export const label = {
  status: pick(statuses),
  highlight: pick(highlightKinds),
  actorKind: pick(actorKinds),
  role: pick(roles),
  channel: pick(channels),
  stance: pick(stances),
  quoteKind: pick(quoteKinds),
  precision: pick(precisions),
  bound: pick(bounds),
  eventKind: pick(eventKinds),
  relationOut: pick(relationsOut),
  relationIn: pick(relationsIn),
  attribution: pick(attributions),
  level: pick(levels),
  language: pick(languages),
};

export const STATUSES = Object.keys(statuses) as EventStatus[];
export const HIGHLIGHT_KINDS = Object.keys(highlightKinds) as HighlightKind[];

export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();

function dayFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dayFormats.get(lang);
  if (!format) {
    // Western digits, as the article itself writes dates.
    format = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(lang, format);
  }
  return format;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A calendar day (YYYY-MM-DD) in the page's language. */
export function formatDay(lang: Lang, iso: string): string {
  return dayFormat(lang).format(utc(iso));
}

/** A period of days, "11–17 August 2025". */
function formatDays(lang: Lang, earliest: string, latest: string): string {
  return earliest === latest ? formatDay(lang, earliest) : dayFormat(lang).formatRange(utc(earliest), utc(latest));
}

/** An ISO 8601 duration such as PT3H, in words; the raw value when it is not a simple one. */
export function formatDuration(lang: Lang, iso: string): string {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!match) return iso;
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en';
  const parts = ([[match[1], 'day'], [match[2], 'hour'], [match[3], 'minute']] as const)
    .filter(([n]) => n !== undefined)
    .map(([n, unit]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(n)));
  return parts.length ? new Intl.ListFormat(locale, { type: 'unit' }).format(parts) : iso;
}

/** A partial date in plain words: "on or before 8 August 2025", "around the week of 11–17 August 2025". */
export function plainDate(lang: Lang, date: { precision: DatePrecision; bound: DateBound; earliest: string; latest: string }): string {
  const bound = label.bound(lang, date.bound);
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  const day = utc(date.earliest);
  switch (date.precision) {
    case 'DAY': return `${bound} ${formatDays(lang, date.earliest, date.latest)}`;
    case 'WEEK': return `${bound} ${ui[lang].weekOf} ${formatDays(lang, date.earliest, date.latest)}`;
    case 'MONTH': return `${bound} ${new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day)}`;
    case 'YEAR': return `${bound} ${new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(day)}`;
  }
}

/** Arabic punctuation on the Arabic page: the list comma «،» and semicolon «؛». */
export const comma = (lang: Lang): string => (lang === 'ar' ? '، ' : ', ');
export const semicolon = (lang: Lang): string => (lang === 'ar' ? '؛ ' : '; ');
