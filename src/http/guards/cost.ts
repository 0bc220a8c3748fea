/**
 * The cost of an operation, computed before it runs: an upper estimate of how many fields the
 * executor will resolve, so that a query that would do too much work is refused up front.
 *
 * - Every field costs 1 each time it is resolved, but a bare `__typename` costs nothing
 *   (normalising clients such as Apollo, urql and Relay add it to every selection). A response
 *   key (alias or name) costs 1 more for every `KEY_CHARS_PER_UNIT` characters, since it is
 *   repeated in the answer each time: a 60 KB alias is not free.
 * - A connection's `edges` and `nodes` are resolved once per item of the page asked for: `first`
 *   or `last` (the larger when both are given; 20 when neither), so what is below them counts
 *   that many times. `nodes(ids:)` counts once per id.
 * - Introspection lists (`types`, `fields`, `args`, ...) hold what this schema holds: the number
 *   of types, the average number of fields per type, and so on (`introspectionSizes`), so that
 *   `__schema` costs what it does and many of them in one document are refused.
 * - Any other list is assumed to hold `LIST_SIZE` items.
 * - A selection that `@skip`/`@include` leaves out with this request's variables costs nothing.
 * - Fragments count where they are spread; the branches of an abstract type all count (an
 *   object matches only some of them, so this over-estimates, never under-).
 *
 * Arguments are read with their variables, after coercion: `first: $first` costs what `$first`
 * holds in this request. That is why this runs just before execution and not as a (cached)
 * validation rule.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  isEnumType,
  isInputObjectType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../../list-rules.js';

/** The assumed length of a plain list (not a connection) when estimating a cost. */
export const LIST_SIZE = 10;

/** Characters of a response key that cost one more unit (see above). */
const KEY_CHARS_PER_UNIT = 64;

/**
 * A documented bound on the size of an answer: at most this many bytes per unit of cost (plus one
 * unit for the envelope). The longest value in the data is ~0.5 KB, long keys are priced, and the
 * cheapest bytes are a page of 100 bare `__typename`s (~25 bytes each) for the 1 unit of its
 * `nodes` field: ~2.5 KB for 2 units with the connection. Measured: at most ~85 bytes a unit
 * (tests/hardening/fuzz.test.ts checks the bound on a synthetic corpus with full pages).
 */
export const MAX_ANSWER_BYTES_PER_COST = 2 * 1024;

/** The cost of resolving `node` once: nothing for a bare `__typename`, 1 otherwise, plus its key's length. */
function fieldCost(node: FieldNode): number {
  const key = node.alias?.value ?? node.name.value;
  const base = node.name.value === '__typename' && !node.alias ? 0 : 1;
  return base + Math.floor(key.length / KEY_CHARS_PER_UNIT);
}

/** The mean of `counts` (fractional: over all the parents, the sum is then exact, not rounded up per parent). */
const average = (counts: number[]) => counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);

/** The list sizes of introspection in `schema`: `__Type.fields` holds the average number of fields, etc. */
function computeIntrospectionSizes(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t));
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', schema.getDirectives().length],
    ['__Type.fields', average(withFields.map((t) => Object.keys(t.getFields()).length))],
    ['__Type.interfaces', average(withFields.map((t) => t.getInterfaces().length))],
    ['__Type.possibleTypes', average(types.filter((t) => isInterfaceType(t) || t.astNode?.kind === Kind.UNION_TYPE_DEFINITION || 'getTypes' in t).map((t) => schema.getPossibleTypes(t as never).length))],
    ['__Type.enumValues', average(types.filter(isEnumType).map((t) => t.getValues().length))],
    ['__Type.inputFields', average(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length))],
    ['__Field.args', average(fields.map((f) => f.args.length))],
    ['__Directive.args', average(schema.getDirectives().map((d) => d.args.length))],
    ['__Type.ofType', Math.max(...fields.flatMap((f) => [f.type, ...f.args.map((a) => a.type)]).map(wrapperDepth))],
  ]);
}

/** How many wrappers (non-null, list) a type reference has: `[X!]!` has 3. */
function wrapperDepth(type: GraphQLType): number {
  return 'ofType' in type && type.ofType ? 1 + wrapperDepth(type.ofType as GraphQLType) : 0;
}

/**
 * Whether `path` ends in more `ofType`s than any type reference of the schema has wrappers: the
 * field is then null, and what is selected under it costs nothing (introspection queries nest
 * `ofType` seven deep where this schema's types have at most three wrappers).
 */
function beyondWrappers(schema: GraphQLSchema, path: string): boolean {
  const depth = /(?:\.ofType)+$/.exec(path)?.[0].split('.ofType').length ?? 1;
  return depth - 1 > (introspectionSize(schema, '__Type', 'ofType') ?? Infinity);
}

const introspectionSizesBySchema = new WeakMap<GraphQLSchema, Map<string, number>>();

/** The size of introspection list `parent.field` in `schema` (computed once per schema). */
function introspectionSize(schema: GraphQLSchema, parent: string, field: string): number | undefined {
  let sizes = introspectionSizesBySchema.get(schema);
  if (!sizes) introspectionSizesBySchema.set(schema, (sizes = computeIntrospectionSizes(schema)));
  return sizes.get(`${parent}.${field}`);
}

/** What the walk found besides the cost: page sizes and id lists, for the limits to check. */
export interface CostReport {
  cost: number;
  /** Every `first`/`last` given to a connection field, with the field's path. */
  pageSizes: { argumentName: 'first' | 'last'; value: number; path: string }[];
  /** The length of every `nodes(ids:)` list. */
  idLists: { length: number; path: string }[];
  /** A `@skip`/`@include` whose `if` did not coerce (null, say): execution reports it as an error. */
  badDirective?: true;
}

type Variables = Record<string, unknown>;

function fieldDef(schema: GraphQLSchema, parent: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  const name = node.name.value;
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

const isConnection = (type: GraphQLCompositeType) => type.name.endsWith('Connection');

/** Where the walk is: the parent type, how many times it is resolved, the page size in force, the path. */
interface Place {
  readonly parent: GraphQLCompositeType;
  readonly times: number;
  readonly pageSize: number;
  readonly path: string;
  /** Fragments being spread on the way here (validation refuses cycles; the walk never loops). */
  readonly spreading: ReadonlySet<string>;
}

/** One cost estimate: walks an operation's selections with its coerced variables (see above). */
class CostWalk {
  readonly report: CostReport = { cost: 0, pageSizes: [], idLists: [] };
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
  ) {}

  selections(selectionSet: SelectionSetNode, at: Place): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) cost += this.spread(selection.name.value, at);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : at.parent;
        if (isCompositeType(type)) cost += this.selections(selection.selectionSet, { ...at, parent: type });
      } else cost += this.field(selection, at);
    }
    return cost;
  }

  /**
   * Whether execution resolves a selection: its `@skip(if:)` and `@include(if:)` read with this
   * request's variables, as graphql-js's executor reads them (a `@include(if: $flag)` that is
   * false costs nothing). A directive whose argument does not coerce counts as included.
   */
  private included(node: SelectionNode): boolean {
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.['if'] === true) return false;
      return getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.['if'] !== false;
    } catch {
      this.report.badDirective = true;
      return true;
    }
  }

  /**
   * A fragment's cost is linear in how many times it is resolved: computed once per page size,
   * so that fragments spreading fragments several times cannot make the walk explode.
   */
  private spread(name: string, at: Place): number {
    const fragment = this.fragments.get(name);
    if (!fragment || at.spreading.has(name)) return 0;
    const type = this.schema.getType(fragment.typeCondition.name.value);
    if (!isCompositeType(type)) return 0;
    const key = `${name}@${at.pageSize}`;
    let unit = this.fragmentCosts.get(key);
    if (unit === undefined) {
      unit = this.selections(fragment.selectionSet, { ...at, parent: type, times: 1, spreading: new Set([...at.spreading, name]) });
      this.fragmentCosts.set(key, unit);
    }
    return at.times * unit;
  }

  private field(selection: FieldNode, at: Place): number {
    const def = fieldDef(this.schema, at.parent, selection);
    if (!def) return 0;
    const own = at.times * fieldCost(selection);
    const type = getNamedType(def.type);
    if (!selection.selectionSet || !isCompositeType(type)) return own;
    const path = `${at.path}${at.path ? '.' : ''}${selection.alias?.value ?? selection.name.value}`;
    if (def.name === 'ofType' && beyondWrappers(this.schema, path)) return own;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(def, selection, this.variables);
    } catch {
      // An argument that does not coerce: execution reports it. Count the field as if bare.
    }
    const below = this.below(def, type, args, { ...at, path });
    return own + this.selections(selection.selectionSet, { ...at, ...below, parent: type, path });
  }

  /** How many times what is selected under a field is resolved, and the page size in force there. */
  private below(def: GraphQLField<unknown, unknown>, type: GraphQLCompositeType, args: Record<string, unknown>, at: Place): { times: number; pageSize: number } {
    if (isConnection(type)) {
      const sizes: number[] = [];
      for (const argumentName of ['first', 'last'] as const) {
        const value = args[argumentName];
        if (typeof value !== 'number') continue;
        this.report.pageSizes.push({ argumentName, value, path: at.path });
        sizes.push(Math.max(0, value));
      }
      return { times: at.times, pageSize: sizes.length ? Math.max(...sizes) : DEFAULT_PAGE_SIZE };
    }
    if (isConnection(at.parent) && (def.name === 'edges' || def.name === 'nodes')) return { times: at.times * at.pageSize, pageSize: at.pageSize };
    if (at.parent === this.schema.getQueryType() && def.name === 'nodes' && Array.isArray(args['ids'])) {
      this.report.idLists.push({ length: args['ids'].length, path: at.path });
      return { times: at.times * args['ids'].length, pageSize: at.pageSize };
    }
    if (isListType(getNullableType(def.type)))
      return { times: at.times * (introspectionSize(this.schema, at.parent.name, def.name) ?? LIST_SIZE), pageSize: at.pageSize };
    return { times: at.times, pageSize: at.pageSize };
  }
}

/**
 * The cost of the operation `operationName` of `document` with these raw `variables`, or null
 * when it cannot be computed (no such operation, variables that do not coerce): execution will
 * then fail with the proper error by itself, at no cost.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Variables | null | undefined): CostReport | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const walk = new CostWalk(schema, fragments, coerced.coerced);
  const cost = walk.selections(operation.selectionSet, { parent: root, times: 1, pageSize: DEFAULT_PAGE_SIZE, path: '', spreading: new Set() });
  return { ...walk.report, cost: Math.ceil(cost) };
}
