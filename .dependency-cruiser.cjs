/**
 * The layering rules `npm run lint` checks (dependency-cruiser): the folders show the
 * architecture, and these keep it so. README's "Layout" explains each layer.
 */
module.exports = {
  forbidden: [
    {
      name: 'data-is-not-graphql',
      comment: 'src/data is the data layer: records, validation, indexes, queries. It never imports the GraphQL layer or yoga.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: ['^src/graphql/', '^src/builder\\.ts$', '^src/subgraph/', '^src/http/', '^src/app\\.ts$', 'node_modules/(graphql-yoga|@pothos)/'] },
    },
    {
      name: 'http-is-not-types',
      comment: 'src/http (request guards, the edge, static files) never imports the GraphQL type files.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: ['^src/graphql/', '^src/subgraph/'] },
    },
    {
      name: 'web-uses-the-client-sdk-only',
      comment: 'The explorer (web/) talks to the API through the typed client SDK only: never server code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: ['^src/client/', '^src/generated/'] },
    },
    {
      name: 'client-sdk-is-standalone',
      comment: 'The client SDK and its generated types ship as a package: they import no server code.',
      severity: 'error',
      from: { path: '^src/(client|generated)/' },
      to: { path: '^src/', pathNot: ['^src/(client|generated)/'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles outside the GraphQL type files (Pothos defers their field lists; refs.ts breaks the rest).',
      severity: 'error',
      from: { pathNot: '^src/graphql/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
