import { builder } from './builder.js';
import { DatasetManifestRef } from './refs.js';

DatasetManifestRef.implement({
  description: 'What the data behind this API is: its version, source and licence.',
  fields: (t) => ({
    schemaVersion: t.exposeInt('schemaVersion', { description: 'The version of the dataset\'s record format.' }),
    contentHash: t.exposeString('contentHash', {
      description: 'The SHA-256 of the dataset\'s files ("sha256-…"): the dataset version. Every answer is a function of it, so it changes whenever the data does.',
    }),
    generatedAt: t.field({ type: 'DateTime', description: 'When the dataset was last written (ISO 8601 date-time, UTC).', resolve: (m) => m.generatedAt }),
    source: t.exposeString('source', { description: 'Where the articles come from.' }),
    licence: t.exposeString('licence', { description: 'The terms of the source text and of Akhbar\'s annotations.' }),
    counts: t.field({
      type: DatasetCountsRef,
      description: 'How many records of each kind the dataset holds.',
      resolve: (_m, _args, ctx) => ctx.dataset,
    }),
  }),
});

const DatasetCountsRef = builder.objectRef<import('../data/dataset.js').Dataset>('DatasetCounts').implement({
  description: 'How many records of each kind the dataset holds.',
  fields: (t) => ({
    articles: t.int({ description: 'Articles.', resolve: (d) => d.articles.all.length }),
    paragraphs: t.int({ description: 'Paragraphs.', resolve: (d) => d.paragraphs.all.length }),
    actors: t.int({ description: 'Actors.', resolve: (d) => d.actors.all.length }),
    mentions: t.int({ description: 'Mentions of actors.', resolve: (d) => d.mentions.all.length }),
    events: t.int({ description: 'Events.', resolve: (d) => d.events.all.length }),
    quotes: t.int({ description: 'Quotes.', resolve: (d) => d.quotes.all.length }),
    claims: t.int({ description: 'Claims.', resolve: (d) => d.claims.all.length }),
    expertOpinions: t.int({ description: 'Expert opinions.', resolve: (d) => d.expertOpinions.all.length }),
  }),
});

builder.queryFields((t) => ({
  dataset: t.field({
    type: DatasetManifestRef,
    description: 'The manifest of the data behind this API: version (content hash), source, licence and counts.',
    resolve: (_root, _args, ctx) => ({ ...ctx.dataset.manifest, version: ctx.dataset.version }),
  }),
}));
