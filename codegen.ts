/**
 * GraphQL Code Generator: typed documents for every operation in schema/operations, from the
 * printed schema. `npm run codegen` writes src/generated/; a test fails when it is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // ESM under NodeNext: relative imports need their .js extension.
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', Duration: 'string' },
        documentMode: 'documentNode',
      },
    },
    // Which types implement each interface and union: Apollo's `possibleTypes`, so its cache
    // matches fragments on `Node`, `Actor` and the unions (and urql's graphcache reads the same).
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
  hooks: {},
};

export default config;
