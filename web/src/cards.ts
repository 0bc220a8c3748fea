/**
 * The details card: what is selected (an actor, an event, a quote or a claim), with everything
 * linked to it and its evidence, each excerpt a button that jumps to its words in the text.
 */
import { h, inLanguage } from './dom.js';
import { formatDuration, label, plainDate, semicolon, t, type Lang } from './i18n.js';
import type { ParticipantRole } from '../../src/generated/graphql.js';
import type { Actor, Claim, EventData, Model, Quote, Selection, Span } from './model.js';
import { select } from './selection.js';

export interface CardContext {
  readonly model: Model;
  /** `from`: the control that asked, which the text then offers a way back to. */
  readonly showEvidence: (span: Span, from?: HTMLElement) => void;
}

/** A button that selects something else: a participant, a related event, a speaker. */
function link(selection: Selection, text: string, extra?: string): HTMLElement {
  return h('button', { type: 'button', class: 'link', onclick: () => select(selection) }, text, extra ? h('span', { class: 'muted' }, ` (${extra})`) : null);
}

function field(name: string, ...value: (Node | string | null | (Node | string)[])[]): HTMLElement[] {
  return [h('dt', {}, name), h('dd', {}, ...value.flat())];
}

const spanKey = (span: Span) => `${span.paragraph.id}:${span.start}:${span.end}`;

/** Spans once each: the same words cited twice (a role and a mention, say) are listed once. */
function uniqueSpans(spans: readonly Span[], seen: Set<string> = new Set()): Span[] {
  return spans.filter((span) => !seen.has(spanKey(span)) && !!seen.add(spanKey(span)));
}

/**
 * A few words either side of [start, end) of `text`: "… before [excerpt] after …", keeping the
 * text's own spacing (no space is added before a comma that follows the excerpt).
 */
function inContext(lang: Lang, text: string, range: { start: number; end: number }, words = 4): HTMLElement {
  const before = text.slice(0, range.start);
  const after = text.slice(range.end);
  const head = new RegExp(`(?:\\S+\\s*){0,${words}}$`, 'u').exec(before)?.[0] ?? '';
  const tail = new RegExp(`^(?:\\s*\\S+){0,${words}}`, 'u').exec(after)?.[0] ?? '';
  return h('blockquote', { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', class: 'in-context' },
    head.length < before.length ? '… ' : '', head,
    h('mark', {}, text.slice(range.start, range.end)),
    tail, tail.length < after.trimEnd().length ? ' …' : '');
}

/** The span's Arabic words, in context when asked (and when its paragraph is at hand). */
function arabicOf(ctx: CardContext, span: Span, context: boolean): HTMLElement {
  const text = context ? ctx.model.paragraphs.get(span.paragraph.id)?.text.ar : undefined;
  return text ? inContext('ar', text, span) : inLanguage('ar', span.excerpt, 'blockquote');
}

/** On the English page, the same words in our translation (the API's alignment), in context when asked. */
function glossOf(ctx: CardContext, span: Span, context: boolean): HTMLElement | null {
  const { translation } = span;
  if (ctx.model.lang !== 'en' || !translation) return null;
  const text = context ? ctx.model.paragraphs.get(span.paragraph.id)?.text.text : undefined;
  const gloss = text ? inContext('en', text, translation) : h('p', { lang: 'en' }, translation.excerpt);
  gloss.classList.add('gloss');
  return gloss;
}

export function evidenceList(ctx: CardContext, spans: readonly Span[], heading: string = t(ctx.model.lang, 'evidence'), context = false): HTMLElement | null {
  if (!spans.length) return null;
  const { lang } = ctx.model;
  return h('section', { class: 'evidence' },
    h('h4', {}, heading),
    h('ul', {}, spans.map((span) => {
      const quote = arabicOf(ctx, span, context);
      const gloss = glossOf(ctx, span, context);
      const named = gloss?.textContent ?? quote.textContent ?? span.excerpt;
      // On the English page the reader's own language comes first, the Arabic original under it.
      return h('li', {}, ...(gloss ? [gloss, quote] : [quote]),
        h('button', { type: 'button', class: 'jump', 'aria-label': `${t(lang, 'showInText')}: ${named}`, onclick: (event) => ctx.showEvidence(span, event.currentTarget as HTMLElement) }, t(lang, 'showInText')));
    })));
}

type Attribution = EventData['attribution'];

/** "a named source: Donald Trump, via Reuters", or "the article itself": whose assertion it is. */
function attributionField(lang: Lang, a: Attribution): HTMLElement[] {
  return field(t(lang, 'assertedBy'), h('span', { class: `badge attribution attribution-${a.kind.toLowerCase()}` }, label.attribution(lang, a.kind)),
    a.source ? [' ', link({ type: 'actor', id: a.source.id }, a.source.name.text)] : [],
    a.via ? [` (${t(lang, 'via')} `, link({ type: 'actor', id: a.via.id }, a.via.name.text), ')'] : [],
    a.note ? h('span', { class: 'basis' }, a.note.text) : null);
}

/** The quote's first language and what its English is: always our translation, here. */
function languageField(lang: Lang, quote: Quote): HTMLElement[] {
  const { language, isInferred, basis } = quote.originalLanguage;
  const note = !quote.isEnglishTranslated ? null : t(lang, language === 'EN' ? 'backTranslatedQuote' : 'translatedQuote');
  return field(t(lang, 'originalLanguage'), label.language(lang, language),
    isInferred ? h('span', { class: 'muted' }, ` (${t(lang, 'inferredLanguage')})`) : null,
    h('span', { class: 'basis' }, basis.text),
    note ? h('p', { class: 'translation-note', 'data-translation': language === 'EN' ? 'back' : 'ours' }, note) : null);
}


export function statusBadge(lang: Lang, status: EventData['status']): HTMLElement {
  return h('span', { class: `badge status status-${status.toLowerCase()}` }, label.status(lang, status));
}

/** "on or before 8 August 2025 (to the day; inferred date)", with the reasoning when inferred. */
function describeDate(lang: Lang, event: EventData): HTMLElement {
  const date = event.date;
  if (!date) return h('span', {}, t(lang, 'undated'));
  return h('span', { class: 'date' }, plainDate(lang, date), ' ',
    h('span', { class: 'muted' }, `(${label.precision(lang, date.precision)}${semicolon(lang)}${t(lang, date.isInferred ? 'inferred' : 'stated')})`),
    date.basis ? h('span', { class: 'basis' }, date.basis.text) : null);
}

/** An actor's roles, each title once; the evidence of each once across the card (`seen`). */
function rolesSection(ctx: CardContext, actor: Actor, seen: Set<string>): HTMLElement | null {
  const { lang } = ctx.model;
  const roles = new Map<string, { role: Actor['roles'][number]; evidence: Span[] }>();
  for (const role of actor.roles) {
    const key = [role.title.text, role.organization?.id, role.country?.id].join('|');
    const entry = roles.get(key) ?? { role, evidence: [] };
    entry.evidence.push(...role.evidence);
    roles.set(key, entry);
  }
  if (!roles.size) return null;
  return h('section', {}, h('h4', {}, t(lang, 'roles')), h('ul', { class: 'roles' }, [...roles.values()].map(({ role: r, evidence }) => h('li', {},
    r.title.text,
    r.organization ? h('span', { class: 'muted' }, ` · ${r.organization.name.text}`) : null,
    r.country ? h('span', { class: 'muted' }, ` · ${r.country.name.text}`) : null,
    evidenceList(ctx, uniqueSpans(evidence, seen), t(lang, 'evidence'), true)))));
}

/** The events an actor takes part in, each once, with every part it plays. */
function actorEvents(ctx: CardContext, actor: Actor): HTMLElement {
  const { model } = ctx;
  const { lang } = model;
  const events = new Map<string, { event: EventData; roles: ParticipantRole[] }>();
  for (const { event, roles } of model.participations.get(actor.id) ?? []) {
    const entry = events.get(event.id) ?? { event, roles: [] };
    for (const role of roles) if (!entry.roles.includes(role)) entry.roles.push(role);
    events.set(event.id, entry);
  }
  return h('section', { class: 'card-events' }, h('h4', {}, `${t(lang, 'events')} (${events.size})`),
    events.size ? h('ul', {}, [...events.values()].map(({ event, roles }) => h('li', { 'data-event-slug': event.slug },
      link({ type: 'event', id: event.id }, event.title.text), ' ',
      roles.map((role) => h('span', { class: 'badge' }, label.role(lang, role))), ' ', statusBadge(lang, event.status)))) : h('p', { class: 'muted' }, t(lang, 'none')));
}

function actorCard(ctx: CardContext, actor: Actor): (HTMLElement | null)[] {
  const { model } = ctx;
  const { lang } = model;
  const quotes = [...model.quotes.values()].filter((q) => q.speaker.id === actor.id);
  const claims = [...model.claims.values()].filter((c) => c.claimant.id === actor.id);
  const seen = new Set<string>();
  return [
    h('p', { class: 'kind' }, label.actorKind(lang, actor.kind), ` · ${actor.mentionCount} ${t(lang, 'mentionsCount')}`),
    h('h3', { id: 'card-heading', tabindex: -1 }, actor.name.text),
    h('p', {}, actor.description.text),
    rolesSection(ctx, actor, seen),
    actorEvents(ctx, actor),
    quotes.length ? h('section', {}, h('h4', {}, `${t(lang, 'quotes')} (${quotes.length})`),
      h('ul', {}, quotes.map((q) => h('li', {}, link({ type: 'quote', id: q.id }, q.text.text), h('span', { class: 'muted' }, ` · ${label.channel(lang, q.channel)}`))))) : null,
    claims.length ? h('section', {}, h('h4', {}, `${t(lang, 'claims')} (${claims.length})`),
      h('ul', {}, claims.map((c) => h('li', {}, link({ type: 'claim', id: c.id }, c.statement.text))))) : null,
    evidenceList(ctx, uniqueSpans(model.mentions.get(actor.id) ?? [], seen), t(lang, 'mentions'), true),
  ];
}

function eventCard(ctx: CardContext, event: EventData): (HTMLElement | null)[] {
  const { model } = ctx;
  const { lang } = model;
  const related = [
    ...event.outgoingRelations.map((r) => ({ relation: label.relationOut(lang, r.kind), id: r.target.id, note: r.note?.text, reading: r.attribution.kind === 'AKHBAR_READING' })),
    ...event.incomingRelations.map((r) => ({ relation: label.relationIn(lang, r.kind), id: r.source.id, note: r.note?.text, reading: r.attribution.kind === 'AKHBAR_READING' })),
  ];
  return [
    h('p', { class: 'kind' }, label.highlight(lang, 'EVENT'), ` · ${label.eventKind(lang, event.kind)}`),
    h('h3', { id: 'card-heading', tabindex: -1 }, event.title.text),
    h('p', {}, event.summary.text),
    h('dl', {},
      ...field(t(lang, 'status'), statusBadge(lang, event.status)),
      ...attributionField(lang, event.attribution),
      ...field(t(lang, 'date'), describeDate(lang, event)),
      ...(event.place ? field(t(lang, 'place'), link({ type: 'actor', id: event.place.id }, event.place.name.text)) : []),
      ...(event.duration ? field(t(lang, 'duration'), formatDuration(lang, event.duration)) : []),
      ...(event.count ? field(t(lang, 'count'), String(event.count)) : [])),
    h('section', {}, h('h4', {}, t(lang, 'participants')),
      h('ul', { class: 'participants' }, event.participants.map((p) => h('li', {},
        link({ type: 'actor', id: p.actor.id }, p.actor.name.text), ' ', p.roles.map((role) => h('span', { class: 'badge' }, label.role(lang, role))))))),
    related.length ? h('section', {}, h('h4', {}, t(lang, 'related')),
      h('ul', {}, related.map((r) => {
        const other = model.events.get(r.id);
        return h('li', {}, h('span', { class: 'relation' }, `${r.relation}: `),
          other ? link({ type: 'event', id: other.id }, other.title.text) : null,
          r.reading ? h('span', { class: 'muted' }, ` (${label.attribution(lang, 'AKHBAR_READING')})`) : null,
          r.note ? h('span', { class: 'basis' }, r.note) : null);
      }))) : null,
    event.note ? h('section', {}, h('h4', {}, t(lang, 'note')), h('p', {}, event.note.text)) : null,
    evidenceList(ctx, uniqueSpans(event.evidence)),
  ];
}

function quoteCard(ctx: CardContext, quote: Quote): (HTMLElement | null)[] {
  const { model } = ctx;
  const { lang } = model;
  const about = quote.about.flatMap((e) => model.events.get(e.id) ?? []);
  return [
    h('p', { class: 'kind' }, label.highlight(lang, 'QUOTE'), ` · ${label.quoteKind(lang, quote.kind)}`),
    h('h3', { id: 'card-heading', tabindex: -1, dir: quote.text.direction.toLowerCase() }, `«${quote.text.text}»`),
    h('dl', {},
      ...field(t(lang, 'speaker'), link({ type: 'actor', id: quote.speaker.id }, quote.speaker.name.text)),
      ...field(t(lang, 'channel'), label.channel(lang, quote.channel)),
      ...languageField(lang, quote),
      ...(quote.reportedBy ? field(t(lang, 'reportedBy'), link({ type: 'actor', id: quote.reportedBy.id }, quote.reportedBy.name.text)) : []),
      ...(about.length ? field(t(lang, 'about'), ...about.flatMap((e, i) => [i ? ' · ' : '', link({ type: 'event', id: e.id }, e.title.text)])) : [])),
    evidenceList(ctx, uniqueSpans(quote.evidence)),
  ];
}

function claimCard(ctx: CardContext, claim: Claim): (HTMLElement | null)[] {
  const { model } = ctx;
  const { lang } = model;
  const events = claim.aboutEvents.flatMap((e) => model.events.get(e.id) ?? []);
  const actors = claim.aboutActors.flatMap((a) => model.actors.get(a.id) ?? []);
  const quotes = claim.quotes.flatMap((q) => model.quotes.get(q.id) ?? []);
  return [
    h('p', { class: 'kind' }, label.highlight(lang, 'CLAIM'), ` · ${label.level(lang, claim.level)}`),
    h('h3', { id: 'card-heading', tabindex: -1 }, claim.statement.text),
    h('dl', {},
      ...field(t(lang, 'claimant'), link({ type: 'actor', id: claim.claimant.id }, claim.claimant.name.text)),
      ...attributionField(lang, claim.attribution),
      ...(actors.length ? field(t(lang, 'aboutActors'), ...actors.flatMap((a, i) => [i ? ' · ' : '', link({ type: 'actor', id: a.id }, a.name.text)])) : []),
      ...(events.length ? field(t(lang, 'about'), ...events.flatMap((e, i) => [i ? ' · ' : '', link({ type: 'event', id: e.id }, e.title.text)])) : []),
      ...(quotes.length ? field(t(lang, 'quotes'), ...quotes.flatMap((q, i) => [i ? ' · ' : '', link({ type: 'quote', id: q.id }, q.text.text)])) : [])),
    evidenceList(ctx, uniqueSpans(claim.evidence)),
  ];
}

/** The card's content for a selection; undefined when it names nothing in this article. */
export function card(ctx: CardContext, selection: Selection): HTMLElement[] | undefined {
  const { model } = ctx;
  const content = (() => {
    switch (selection.type) {
      case 'actor': { const x = model.actors.get(selection.id); return x && actorCard(ctx, x); }
      case 'event': { const x = model.events.get(selection.id); return x && eventCard(ctx, x); }
      case 'quote': { const x = model.quotes.get(selection.id); return x && quoteCard(ctx, x); }
      case 'claim': { const x = model.claims.get(selection.id); return x && claimCard(ctx, x); }
    }
  })();
  return content?.filter((x): x is HTMLElement => x !== null);
}
