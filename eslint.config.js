// @ts-check
/**
 * Lint: the GraphQL schema and operations with @graphql-eslint (relay rules, naming, descriptions,
 * reachability, deprecations), and the TypeScript with typescript-eslint. `npm run lint` runs
 * both; `npm test` fails on any finding.
 */
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

const schema = 'schema/schema.graphql';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'coverage/', 'src/generated/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // Test helpers read untyped JSON answers; the SDK's typed client is the example to copy.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [schema],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema } } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      '@graphql-eslint/require-description': ['error', {
        types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true,
        EnumValueDefinition: true, DirectiveDefinition: true,
      }],
      '@graphql-eslint/no-unreachable-types': 'error',
      // Value types (texts, spans, dates, hits, edges) are not records: they have no id of their own.
      '@graphql-eslint/strict-id-in-types': ['error', {
        acceptedIdNames: ['id'],
        acceptedIdTypes: ['ID'],
        exceptions: {
          types: [
            'Alias', 'Annotation', 'Attribution', 'DatasetCounts', 'DatasetManifest', 'EventParticipant', 'LocalizedText',
            'OriginalLanguage', 'PageInfo', 'ParagraphRange', 'PartialDate', 'Query', 'SearchHit', 'SourceSpan', 'TextRange', 'TimelineEntry',
          ],
          suffixes: ['Connection', 'Edge'],
        },
      }],
      // Short lists of linked records are plain lists; only growing ones are connections. And the
      // Relay spec lets an edge carry any object, so search hits and participations need not be nodes.
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      // `Claim.claimant` is the plain English word, not a prefixed name like `Claim.claimText`.
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
  {
    files: ['schema/operations/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema, documents: 'schema/operations/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
      '@graphql-eslint/no-deprecated': 'error',
      // Normalised caches (Apollo, urql, Relay) key records on `id`: every Node selected has it.
      '@graphql-eslint/require-selections': ['error', { fieldName: 'id' }],
    },
  },
);
