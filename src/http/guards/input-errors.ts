/**
 * Bad input gets one answer whatever form it comes in. graphql-js reports a bad literal
 * (`filter: { from: "2025-13-45" }`) as a validation failure and the same value in a variable as
 * a coercion error, neither saying which argument it was for; here both are `BAD_USER_INPUT` with
 * an `argumentName` naming the argument down to the input field (`filter.from`). And a document
 * whose operation cannot be chosen is refused with the list of the operations it holds.
 */
import {
  type ASTVisitor,
  coerceInputValue,
  type DocumentNode,
  type GraphQLSchema,
  isInputType,
  isNonNullType,
  Kind,
  type ObjectFieldNode,
  type OperationDefinitionNode,
  typeFromAST,
  validate,
  type ValidationContext,
  type ValidationRule,
  ValuesOfCorrectTypeRule,
  visit,
  type GraphQLError,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode, invalidInput, rejection } from '../../errors.js';

/** Tracks the argument and input fields being visited: `filter.from`. */
function argumentPath() {
  const path: string[] = [];
  return { path, enter: (node: { name: { value: string } }) => void path.push(node.name.value), leave: () => void path.pop() };
}

/** graphql-js' rule for literals, with each error turned into BAD_USER_INPUT naming its argument. */
const valuesOfCorrectType: ValidationRule = (context) => {
  const { path, enter, leave } = argumentPath();
  const inner = ValuesOfCorrectTypeRule(Object.create(context, {
    reportError: {
      value: (error: GraphQLError) => {
        const name = path.join('.');
        context.reportError(invalidInput(name, `\`${name}\`: ${error.message}`, error.nodes));
      },
    },
  }) as ValidationContext) as Record<string, (...args: unknown[]) => unknown>;
  return {
    ...inner,
    Argument: { enter, leave },
    ObjectField: { enter: (node: ObjectFieldNode, ...rest: unknown[]) => { enter(node); return inner['ObjectField']?.(node, ...rest); }, leave },
  } as ASTVisitor;
};

/** Where each variable is first used: `$f` in `events(filter: $f)` is `filter`. */
function variableUsages(document: DocumentNode): Map<string, string> {
  const usages = new Map<string, string>();
  const { path, enter, leave } = argumentPath();
  visit(document, {
    Argument: { enter, leave },
    ObjectField: { enter, leave },
    Variable(node) {
      if (path.length && !usages.has(node.name.value)) usages.set(node.name.value, path.join('.'));
    },
  });
  return usages;
}

/**
 * The variables of `operation` that do not coerce to their types, each as BAD_USER_INPUT naming
 * the argument and input field it was for (`filter.from` for `{ f: { from: "2025-13-45" } }`).
 */
function variableErrors(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, values: Record<string, unknown>): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const usages = variableUsages(document);
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue; // validation has already refused it
    const at = usages.get(name) ?? `$${name}`;
    const given = Object.hasOwn(values, name);
    if (!given || values[name] === null) {
      if (isNonNullType(type) && (values[name] === null || !definition.defaultValue))
        errors.push(invalidInput(at, `Variable "$${name}" (for \`${at}\`) of required type "${String(type)}" was ${given ? 'null' : 'not provided'}.`, [definition]));
      continue;
    }
    coerceInputValue(values[name], type, (inner, _invalid, error) => {
      const where = [at, ...inner.filter((key) => typeof key === 'string')].join('.');
      if (errors.length < 10) errors.push(invalidInput(where, `Variable "$${name}" has an invalid value for \`${where}\`: ${error.message}`, [definition]));
    });
  }
  return errors;
}

/** The operations a document holds, by name, for "which one?" errors. */
function operationNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(anonymous)'] : []));
}

/** Refuses a document whose operation `operationName` does not choose, listing its operations. */
function checkOperationChoice(document: DocumentNode, operationName: unknown): void {
  const names = operationNames(document);
  const known = `the document holds ${names.length === 0 ? 'no operation' : names.map((n) => `\`${n}\``).join(', ')}`;
  if (typeof operationName === 'string' && operationName !== '') {
    if (!names.includes(operationName))
      throw rejection(ErrorCode.OPERATION_RESOLUTION_FAILURE, `No operation is named "${operationName.slice(0, 100)}": ${known}.`, { operations: names });
  } else if (names.length !== 1) {
    throw rejection(ErrorCode.OPERATION_RESOLUTION_FAILURE, `Say which operation to run with \`operationName\`: ${known}.`, { operations: names });
  }
}

export function useInputErrors(): Plugin {
  return {
    onParse() {
      return ({ result, context }) => {
        const params = (context as { params?: { operationName?: unknown } }).params;
        if (params && result && !(result instanceof Error)) checkOperationChoice(result as DocumentNode, params.operationName);
      };
    },
    onValidate({ params: { schema, documentAST }, setResult }) {
      const errors = validate(schema, documentAST, [valuesOfCorrectType]);
      if (errors.length) setResult(errors);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = args.document.definitions.find((d: DocumentNode['definitions'][number]): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && (args.operationName == null || d.name?.value === args.operationName));
      if (!operation) return;
      const errors = variableErrors(args.schema, args.document, operation, (args.variableValues ?? {}) as Record<string, unknown>);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
