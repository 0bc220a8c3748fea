/**
 * Random GraphQL operations generated from the schema, for fuzzing: a few distinct fields per
 * selection, arguments drawn within their types (mostly valid, sometimes odd strings, out-of-range
 * page sizes or bad cursors), random pagination, nested up to a random depth.
 */
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLInputType,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { loadDataset } from '../../src/data/load.js';
import { schema } from '../../src/graphql/index.js';

/** Real values to draw arguments from, so that queries reach data and not only `null`s. */
const data = loadDataset();
const slugs = [...data.actors.all, ...data.events.all, ...data.articles.all, ...data.quotes.all, ...data.claims.all, ...data.paragraphs.all]
  .map((r) => (r as { slug?: string }).slug)
  .filter((s): s is string => typeof s === 'string');
const words = ['بوتين', 'ترمب', 'موسكو', 'Witkoff', 'Putin', 'الكرملين', 'هدنة', 'truce', 'ال', 'و'];
const globalIds = [
  ...data.actors.all.map((a) => `${({ PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', GROUP: 'Group' } as Record<string, string>)[a.kind]}:${a.id}`),
  ...data.events.all.map((e) => `Event:${e.id}`),
  ...data.quotes.all.map((q) => `Quote:${q.id}`),
  ...data.paragraphs.all.map((p) => `Paragraph:${p.id}`),
].map((s) => Buffer.from(s).toString('base64url'));

const oddString = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('', ' ', '\\', '"', '\u0000', '\u202e', 'a'.repeat(300)));

/** A value of one of `arbitraries`, drawn inside a generator. */
const oneOf = <T,>(g: fc.GeneratorValue, ...arbitraries: fc.Arbitrary<T>[]): T => g(() => fc.oneof(...arbitraries));

/** A GraphQL literal for `type`, mostly valid, with the argument's name as a hint. */
function literal(g: fc.GeneratorValue, type: GraphQLInputType, name: string, depth = 0): string {
  if (isNonNullType(type)) return literal(g, type.ofType, name, depth);
  if (!isNonNullType(type) && depth > 0 && g(fc.integer, { min: 0, max: 9 }) === 0) return 'null';
  if (isListType(type)) {
    const n = g(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: n }, () => literal(g, type.ofType, name, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return g(fc.constantFrom, ...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const chosen = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined || g(fc.boolean));
    return `{ ${chosen.map((f) => `${f.name}: ${literal(g, f.type, f.name, depth + 1)}`).join(', ')} }`;
  }
  const str = (s: string) => JSON.stringify(s);
  switch (type.name) {
    case 'Int':
      if (name === 'first' || name === 'last')
        return String(oneOf(g, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom(-1, 101, 2 ** 31 - 1)));
      return String(oneOf(g, fc.integer({ min: 0, max: 400 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })));
    case 'Float':
      return String(g(fc.double, { noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return String(g(fc.boolean));
    case 'ID':
      return str(oneOf(g, fc.constantFrom(...globalIds), oddString, fc.base64String({ maxLength: 40 })));
    case 'Date':
      return str(oneOf(g, fc.constantFrom('2025-08-08', '2025-08-01', '1999-12-31', '2025-02-30', 'tomorrow'), oddString));
    case 'DateTime':
      return str(g(fc.constantFrom, '2025-08-08T10:00:00Z', 'not a time'));
    case 'Duration':
      return str(g(fc.constantFrom, 'PT3H', 'P1D', 'three hours'));
    default: // String and anything else read as one
      if (name === 'after' || name === 'before')
        return str(oneOf(g, fc.integer({ min: 0, max: 200 }).map((n) => Buffer.from(`OffsetConnection:${n}`).toString('base64')), oddString));
      if (name === 'query' || name === 'name') return str(oneOf(g, fc.constantFrom(...words), fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), oddString));
      return str(oneOf(g, fc.constantFrom(...slugs), oddString));
  }
}

function args(g: fc.GeneratorValue, list: readonly GraphQLArgument[]): string {
  const chosen = list.filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || g(fc.boolean));
  return chosen.length ? `(${chosen.map((a) => `${a.name}: ${literal(g, a.type, a.name)}`).join(', ')})` : '';
}

/** A selection set on `type`: a few distinct fields with arguments, nested up to `depth`. */
function selection(g: fc.GeneratorValue, type: GraphQLCompositeType, depth: number): string {
  const parts: string[] = [];
  if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => depth > 0 || !isCompositeType(getNamedType(f.type)));
    // Drawn by name: fast-check compares what it draws, and schema objects are cyclic.
    const names = fields.length ? g(fc.subarray, fields.map((f) => f.name), { minLength: 1, maxLength: Math.min(4, fields.length) }) : [];
    const picked = names.map((n) => type.getFields()[n]!);
    for (const field of picked) {
      const named = getNamedType(field.type);
      const sub = isCompositeType(named) ? ` { ${selection(g, named, depth - 1)} }` : '';
      parts.push(`${field.name}${args(g, field.args)}${sub}`);
    }
  }
  if (isAbstractType(type) && depth > 0) {
    const possible = schema.getPossibleTypes(type);
    for (const name of g(fc.subarray, possible.map((t) => t.name), { maxLength: 2 })) parts.push(`... on ${name} { ${selection(g, schema.getType(name) as GraphQLCompositeType, depth - 1)} }`);
  }
  if (!parts.length || g(fc.integer, { min: 0, max: 4 }) === 0) parts.push('__typename');
  return parts.join(' ');
}

const query = schema.getQueryType()!;
/** Operations (as source text) on the query type, from the schema. */
export const queries = fc.gen().map((g) => {
  const depth = g(fc.integer, { min: 1, max: 6 });
  const roots = g(fc.subarray, Object.keys(query.getFields()), { minLength: 1, maxLength: 2 }).map((n) => query.getFields()[n]!);
  return `{ ${roots.map((f) => {
    const named = getNamedType(f.type);
    return `${f.name}${args(g, f.args)}${isCompositeType(named) ? ` { ${selection(g, named, depth - 1)} }` : ''}`;
  }).join(' ')} }`;
});

