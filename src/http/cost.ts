/**
 * The cost of an operation, computed before it runs: an upper estimate of how many fields the
 * executor will resolve, so that a query that would do too much work is refused up front.
 *
 * - Every field (scalars and `__typename` included) costs 1 each time it is resolved.
 * - A connection's `edges` and `nodes` are resolved once per item of the page asked for: `first`
 *   or `last` (the larger when both are given; 20 when neither), so what is below them counts
 *   that many times. `nodes(ids:)` counts once per id.
 * - Any other list is assumed to hold `LIST_SIZE` items.
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
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type SelectionSetNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../schema/pagination.js';

/** The assumed length of a plain list (not a connection) when estimating a cost. */
export const LIST_SIZE = 10;

/** What the walk found besides the cost: page sizes and id lists, for the limits to check. */
export interface CostReport {
  cost: number;
  /** Every `first`/`last` given to a connection field, with the field's path. */
  pageSizes: { argumentName: 'first' | 'last'; value: number; path: string }[];
  /** The length of every `nodes(ids:)` list. */
  idLists: { length: number; path: string }[];
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

/**
 * The cost of the operation `operationName` of `document` with these raw `variables`, or null
 * when it cannot be computed (no such operation, variables that do not coerce): execution will
 * then fail with the proper error by itself, at no cost.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Variables | null | undefined): CostReport | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variables: Variables = coerced.coerced;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  const report: CostReport = { cost: 0, pageSizes: [], idLists: [] };
  const fragmentCosts = new Map<string, number>();

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, times: number, pageSize: number, path: string, spreading: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spreading.has(name)) continue; // validation refuses both; never loop
        const type = schema.getType(fragment.typeCondition.name.value);
        if (!isCompositeType(type)) continue;
        // A fragment's cost is linear in how many times it is resolved: compute it once per page
        // size, so that fragments spreading fragments several times cannot make this walk explode.
        const key = `${name}@${pageSize}`;
        let unit = fragmentCosts.get(key);
        if (unit === undefined) {
          unit = walk(fragment.selectionSet, type, 1, pageSize, path, new Set([...spreading, name]));
          fragmentCosts.set(key, unit);
        }
        cost += times * unit;
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) cost += walk(selection.selectionSet, type, times, pageSize, path, spreading);
        continue;
      }
      const def = fieldDef(schema, parent, selection);
      if (!def) continue;
      cost += times;
      const type = getNamedType(def.type);
      if (!selection.selectionSet || !isCompositeType(type)) continue;
      const here = `${path}${path ? '.' : ''}${selection.alias?.value ?? selection.name.value}`;
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(def, selection, variables);
      } catch {
        // An argument that does not coerce: execution reports it. Count the field as if bare.
      }
      let itemTimes = times;
      let childPageSize = pageSize;
      if (isConnection(type)) {
        const sizes: number[] = [];
        for (const argumentName of ['first', 'last'] as const) {
          const value = args[argumentName];
          if (typeof value !== 'number') continue;
          report.pageSizes.push({ argumentName, value, path: here });
          sizes.push(Math.max(0, value));
        }
        childPageSize = sizes.length ? Math.max(...sizes) : DEFAULT_PAGE_SIZE;
      } else if (isConnection(parent) && (def.name === 'edges' || def.name === 'nodes')) {
        itemTimes = times * pageSize;
      } else if (parent === schema.getQueryType() && def.name === 'nodes' && Array.isArray(args['ids'])) {
        report.idLists.push({ length: args['ids'].length, path: here });
        itemTimes = times * args['ids'].length;
      } else if (isListType(getNullableType(def.type))) {
        itemTimes = times * LIST_SIZE;
      }
      cost += walk(selection.selectionSet, type, itemTimes, childPageSize, here, spreading);
    }
    return cost;
  };

  report.cost = walk(operation.selectionSet, root, 1, DEFAULT_PAGE_SIZE, '', new Set());
  return report;
}
