/**
 * `npm run data:synth -- --articles N [--out DIR] [--seed S] [--compile]`: writes a synthetic
 * dataset of N articles, shaped like the real one, to DIR (a new temporary folder by default) and
 * prints DIR; with --compile, its snapshot too (see `synthesize`).
 *
 * Every article has a lead and two headed sections of two paragraphs each, written from the words
 * of the real article; it mentions four actors drawn from a shared pool (the real dataset's
 * actors and 300 synthetic ones, drawn so that a few, like the real Putin and Trump, appear in
 * most articles) and one actor of its own; it has four events (dated by day, by ISO week, placed
 * by a relation, unplaced), two relations, three quotes, two claims and, every third article, an
 * expert opinion. Every span's excerpt is the paragraph's text at its offsets, every source text
 * is in `sources/<slug>.txt`, and the manifest's hash is computed, so the loader's full
 * validation passes. The output depends only on N and the seed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/data/load.js';
import {
  spanKey,
  type AlignmentRecord, type ActorRecord, type ArticleRecord, type ClaimRecord, type EventRecord, type EventRelationRecord,
  type ExpertOpinionRecord, type LocalizedRecord, type MentionRecord, type ParagraphRecord, type QuoteRecord, type RoleRecord,
  type SectionRecord, type Span, type Tables,
} from '../src/data/records.js';
import { computeContentHash } from '../src/data/load.js';
import { buildDataset } from '../src/data/dataset.js';
import { writeSnapshot } from '../src/data/snapshot.js';
import { causalWords, hedgeWords, reportingVerbs } from '../src/data/editorial-rules.js';
import { normalizeWord, wordForms } from '../src/data/search.js';

/** mulberry32: a small, fast, seeded PRNG (deterministic output for a given seed). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  ['سامر', 'Samer'], ['نادر', 'Nader'], ['ليلى', 'Layla'], ['كريم', 'Karim'], ['هدى', 'Huda'], ['عمر', 'Omar'],
  ['رنا', 'Rana'], ['يوسف', 'Youssef'], ['سلمى', 'Salma'], ['طارق', 'Tariq'], ['منى', 'Mona'], ['فادي', 'Fadi'],
  ['دينا', 'Dina'], ['زياد', 'Ziad'], ['نور', 'Nour'], ['باسل', 'Basel'], ['ريم', 'Reem'], ['حسام', 'Hossam'],
  ['غادة', 'Ghada'], ['وليد', 'Walid'], ['سها', 'Suha'], ['ماجد', 'Majed'], ['لينا', 'Lina'], ['جمال', 'Jamal'],
] as const;
const FAMILY = [
  ['الخطيب', 'al-Khatib'], ['النجار', 'al-Najjar'], ['الحداد', 'al-Haddad'], ['السيد', 'al-Sayed'], ['العلي', 'al-Ali'],
  ['الشامي', 'al-Shami'], ['المصري', 'al-Masri'], ['القاسم', 'al-Qasim'], ['الرفاعي', 'al-Rifai'], ['البدوي', 'al-Badawi'],
  ['الحلبي', 'al-Halabi'], ['الزعبي', 'al-Zoubi'], ['العمري', 'al-Omari'], ['التميمي', 'al-Tamimi'], ['الكردي', 'al-Kurdi'],
  ['الساعدي', 'al-Saadi'], ['الهاشمي', 'al-Hashimi'], ['الدوري', 'al-Douri'], ['الجبوري', 'al-Jubouri'], ['العطار', 'al-Attar'],
] as const;

/** The real actors that most articles mention (Zipf-like: the head of the pool). */
const HEAD = ['act_vladimir-putin', 'act_donald-trump', 'act_kremlin', 'act_white-house', 'act_russia', 'act_ukraine'];

const day = (iso: string, add: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + add * 86_400_000).toISOString().slice(0, 10);

/** The ISO week (YYYY-Www) holding a calendar day. */
function isoWeek(iso: string): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`));
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface SynthOptions { articles: number; seed?: number }

/** Builds the tables and source texts of a synthetic dataset (see the module comment). */
export function synthesizeTables({ articles: n, seed = 1 }: SynthOptions): { tables: Tables; sources: Map<string, string> } {
  const real = loadDataset();
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (text: string) => text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{M}\p{N}-]/gu, '')).filter((w) => w.length > 1);
  // Leave out the words the editorial rules look for (reporting verbs, causes, hedges): random
  // phrases would otherwise frame quotes or drop hedges by chance.
  const ruled = [reportingVerbs, causalWords, hedgeWords];
  const isRuled = (w: string) => wordForms(normalizeWord(w)).some((f) => ruled.some((set) => set.has(f)));
  const arWords = [...new Set(real.paragraphs.all.flatMap((p) => words(p.text.ar)))].filter((w) => !isRuled(w));
  const enWords = [...new Set(real.paragraphs.all.flatMap((p) => words(p.text.en)))];
  const arPhrase = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(arWords)).join(' ');
  const enPhrase = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(enWords)).join(' ');
  const text = (ar: string, en: string): LocalizedRecord => ({ ar, en });

  const t: Tables = {
    articles: [], sections: [], paragraphs: [], actors: [...real.actors.all], roles: [], mentions: [], events: [],
    eventRelations: [], quotes: [], claims: [], expertOpinions: [], alignments: [],
  };
  const sources = new Map<string, string>();

  // The shared pool: the real actors plus 300 synthetic ones (people, organisations, places).
  const kinds = ['PERSON', 'PERSON', 'ORGANIZATION', 'PLACE'] as const;
  for (let i = 0; i < 300; i++) {
    const [far, fen] = FIRST[i % FIRST.length]!;
    const [lar, len] = FAMILY[Math.floor(i / FIRST.length) % FAMILY.length]!;
    const kind = kinds[i % kinds.length]!;
    t.actors.push({
      id: `act_synth-shared-${i}`, slug: `synth-shared-${i}`, kind,
      name: kind === 'PERSON' ? text(`${far} ${lar}`, `${fen} ${len}`) : text(`مؤسسة ${lar} ${i}`, `${len} Foundation ${i}`),
      aliases: i % 5 === 0 ? [{ en: `${fen[0]}. ${len}` }] : [],
      description: text(arPhrase(4, 8), enPhrase(4, 8)),
    });
  }
  const pool = t.actors.map((a) => a.id);
  const places = t.actors.filter((a) => a.kind === 'PLACE').map((a) => a.id);
  const orgs = t.actors.filter((a) => a.kind === 'ORGANIZATION').map((a) => a.id);
  const actorById = new Map(t.actors.map((a) => [a.id, a]));
  /** A shared actor: one of the head most of the time, anyone in the pool otherwise. */
  const sharedActor = () => (random() < 0.5 ? pick(HEAD) : pick(pool));

  for (let k = 0; k < n; k++) {
    const key = `synth-${k}`;
    const articleId = `art_${key}`;
    const publishedOn = day('2020-01-01', (k * 7) % 2000);
    // The article's own actor, and four shared ones (distinct).
    const [far, fen] = FIRST[k % FIRST.length]!;
    const [lar, len] = FAMILY[Math.floor(k / FIRST.length) % FAMILY.length]!;
    const own: ActorRecord = {
      id: `act_${key}-person`, slug: `${key}-person`, kind: 'PERSON',
      name: text(`${far} ${lar}`, `${fen} ${len}`), aliases: [], description: text(arPhrase(5, 9), enPhrase(5, 9)),
    };
    t.actors.push(own);
    actorById.set(own.id, own);
    const cast = [own.id];
    while (cast.length < 5) {
      const a = sharedActor();
      if (!cast.includes(a)) cast.push(a);
    }

    const article: ArticleRecord = {
      id: articleId, slug: key, language: 'ar', publishedOn,
      datelinePlaceId: pick(places), publisherId: pick(orgs),
      headline: text(arPhrase(6, 10), enPhrase(6, 10)), isHeadlineEditorial: true,
      sourceNote: text('نص مولد آليا لقياس الأداء', 'Machine-generated text for benchmarking'),
    };
    t.articles.push(article);

    /**
     * A paragraph in both languages, built alike: filler, an actor's name, filler, a quoted phrase,
     * filler. Offsets are recorded as each text is built, so every span and alignment is exact.
     */
    const synthParagraph = (id: string, sectionId: string, position: number, name: LocalizedRecord) => {
      const parts = (phrase: (min: number, max: number) => string, who: string) => {
        const [head, middle, quoted, tail] = [phrase(8, 16), phrase(4, 8), phrase(4, 8), phrase(6, 14)];
        const nameStart = head.length + 1;
        const quoteStart = nameStart + who.length + 1 + middle.length + 2;
        return { text: `${head} ${who} ${middle} "${quoted}" ${tail}.`, ranges: [[nameStart, who], [quoteStart, quoted], [0, head]] as const };
      };
      const ar = parts(arPhrase, name.ar);
      const en = parts(enPhrase, name.en);
      const [nameSpan, quoteSpan, fillerSpan] = ar.ranges.map(([start, excerpt]): Span => ({ paragraphId: id, start, end: start + excerpt.length, excerpt }));
      const alignments = [nameSpan!, quoteSpan!, fillerSpan!].map((span, i): AlignmentRecord => {
        const [start, excerpt] = en.ranges[i]!;
        return { span, en: { start, end: start + excerpt.length, excerpt } };
      });
      const paragraph: ParagraphRecord = { id, sectionId, position, text: text(ar.text, en.text) };
      return { paragraph, spans: { nameSpan: nameSpan!, quoteSpan: quoteSpan!, fillerSpan: fillerSpan! }, alignments };
    };

    interface Built { paragraph: ParagraphRecord; nameSpan: Span; actorId: string; quoteSpan: Span; fillerSpan: Span }
    const built: Built[] = [];
    const lines: string[] = [];
    for (let s = 0; s < 3; s++) {
      const section: SectionRecord = {
        id: `sec_${key}-${s}`, articleId, position: s,
        heading: s === 0 ? null : text(arPhrase(2, 4), enPhrase(2, 4)), headingIsEditorial: false,
      };
      t.sections.push(section);
      if (section.heading) lines.push(section.heading.ar);
      for (let p = 0; p < 2; p++) {
        const index = built.length;
        const id = `par_${key}-${s}-${p}`;
        const actorId = cast[index % cast.length]!;
        const { paragraph, spans, alignments } = synthParagraph(id, section.id, p, actorById.get(actorId)!.name);
        const { ar } = paragraph.text;
        t.alignments.push(...alignments);
        t.paragraphs.push(paragraph);
        lines.push(ar);
        built.push({ paragraph, actorId, ...spans });
      }
    }
    sources.set(key, `date ${publishedOn}\n${lines.join('\n')}\n`);
    article.headlineEvidence = [built[0]!.fillerSpan];

    built.forEach((b, i) => t.mentions.push({ id: `men_${key}-${i}`, actorId: b.actorId, span: b.nameSpan } satisfies MentionRecord));
    t.roles.push({
      id: `rol_${key}-0`, actorId: own.id, title: text(arPhrase(2, 3), enPhrase(2, 3)),
      organizationId: pick(orgs), evidence: [built[0]!.nameSpan],
    } satisfies RoleRecord);

    // Events: dated (day), dated (week, inferred), placed by a relation, unplaced.
    const event = (i: number, extra: Partial<EventRecord>): EventRecord => ({
      id: `evt_${key}-${i}`, slug: `${key}-event-${i}`, articleId, kind: pick(['MEETING', 'TALKS', 'STATEMENT', 'VISIT'] as const),
      status: 'OCCURRED', title: text(arPhrase(3, 6), enPhrase(3, 6)), summary: text(arPhrase(8, 14), enPhrase(8, 14)),
      participants: [{ actorId: cast[i % 5]!, role: 'INITIATOR' }, { actorId: cast[(i + 1) % 5]!, role: 'PARTICIPANT' }],
      attribution: { kind: 'ARTICLE' }, evidence: [built[i]!.fillerSpan], ...extra,
    });
    const events = [
      event(0, { date: { value: publishedOn, precision: 'DAY', bound: 'EXACT', isInferred: false }, placeId: article.datelinePlaceId }),
      event(1, {
        status: 'EXPECTED',
        date: { value: isoWeek(day(publishedOn, 7)), precision: 'WEEK', bound: 'APPROXIMATE', isInferred: true, basis: text('الأسبوع المقبل', 'Next week, counted from the publication date') },
      }),
      event(2, { count: 2 }),
      event(3, { status: 'SPECULATED' }),
    ];
    t.events.push(...events);
    t.eventRelations.push(
      { id: `rel_${key}-0`, kind: 'PRECEDES', fromEventId: events[2]!.id, toEventId: events[0]!.id, attribution: { kind: 'ARTICLE' }, evidence: [built[2]!.fillerSpan] } satisfies EventRelationRecord,
      { id: `rel_${key}-1`, kind: 'FOLLOWS_UP', fromEventId: events[1]!.id, toEventId: events[0]!.id, attribution: { kind: 'ARTICLE' }, evidence: [built[1]!.fillerSpan] } satisfies EventRelationRecord,
    );

    const quotes: QuoteRecord[] = [0, 1, 2].map((i) => {
      const b = built[i * 2]!;
      return {
        id: `quo_${key}-${i}`, slug: `${key}-quote-${i}`, articleId, kind: i === 0 ? 'DIRECT' : 'REPORTED',
        speakerId: b.actorId, text: text(b.quoteSpan.excerpt, enPhrase(4, 8)), channel: 'UNSPECIFIED',
        originalLanguage: { language: 'UNKNOWN', isInferred: false, basis: text('لا يذكر النص اللغة', 'The text does not say') },
        aboutEventIds: [events[0]!.id], evidence: [b.quoteSpan],
      };
    });
    t.quotes.push(...quotes);
    const claims: ClaimRecord[] = [0, 1].map((i) => ({
      id: `clm_${key}-${i}`, slug: `${key}-claim-${i}`, articleId, claimantId: quotes[i]!.speakerId,
      statement: text(arPhrase(6, 10), enPhrase(6, 10)), quoteIds: [quotes[i]!.id], aboutEventIds: [events[i]!.id],
      attribution: {
        kind: actorById.get(quotes[i]!.speakerId)?.kind === 'GROUP' ? 'UNNAMED_SOURCE' : 'NAMED_SOURCE', sourceId: quotes[i]!.speakerId,
      },
      level: 'OPINION',
      aboutActorIds: [cast[(i + 2) % 5]!], evidence: quotes[i]!.evidence,
    }));
    t.claims.push(...claims);
    if (k % 3 === 0)
      t.expertOpinions.push({
        id: `opn_${key}-0`, slug: `${key}-opinion-0`, articleId, expertId: own.id,
        credential: text(arPhrase(2, 4), enPhrase(2, 4)), channel: 'INTERVIEW', reportedById: article.publisherId,
        subject: text(arPhrase(3, 6), enPhrase(3, 6)), subjectEventId: events[0]!.id,
        stance: pick(['POSITIVE', 'MIXED', 'NEUTRAL', 'SKEPTICAL', 'NEGATIVE'] as const),
        stanceJustification: text(arPhrase(10, 20), enPhrase(10, 20)),
        claimIds: [claims[0]!.id], quoteIds: [quotes[0]!.id], evidence: [built[4]!.fillerSpan],
      } satisfies ExpertOpinionRecord);
  }
  // Each paragraph aligned all its ranges; keep those a record cites (the loader refuses the rest).
  const { alignments: _aligned, ...records } = t;
  const cited = new Set(citedKeys(Object.values(records)));
  t.alignments = t.alignments.filter((a) => cited.has(spanKey(a.span)));
  return { tables: t, sources };
}

/** The `spanKey` of every span in `value`. */
function citedKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedKeys);
  if (typeof value !== 'object' || value === null) return [];
  if ('paragraphId' in value && 'excerpt' in value) return [spanKey(value as Span)];
  return Object.values(value).flatMap(citedKeys);
}

/** Writes a synthetic dataset of `articles` articles to `dir` (a new temporary folder by default). */
export function synthesize(options: SynthOptions & { out?: string; compile?: boolean }): string {
  const dir = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), `akhbar-synth-${options.articles}-`));
  const { tables, sources } = synthesizeTables(options);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const [name, records] of Object.entries(tables)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(records));
  for (const [slug, source] of sources) writeFileSync(join(dir, 'sources', `${slug}.txt`), source);
  const manifest = {
    schemaVersion: 1,
    contentHash: computeContentHash(dir),
    generatedAt: '2025-01-01T00:00:00.000Z',
    source: `Synthetic: ${options.articles} articles generated by scripts/synth.ts (seed ${options.seed ?? 1}) from the words of the real article.`,
    licence: 'Generated for benchmarking; not real news.',
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // The snapshot from the tables in memory, without validating them again: they are valid by
  // construction (tests/synth.test.ts runs the full validation), and validating 100,000 articles
  // takes minutes and more memory than serving them. `npm run data:check -- DIR` validates first.
  if (options.compile)
    writeSnapshot(buildDataset(tables, manifest, manifest.contentHash, { freeze: false }), dir);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: {
    articles: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string', default: '1' },
    compile: { type: 'boolean', default: false },
  } });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  console.log(synthesize({ articles, seed, compile: values.compile, ...(values.out ? { out: values.out } : {}) }));
}
