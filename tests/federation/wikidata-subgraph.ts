/**
 * A tiny second subgraph, written for the tests: it knows nothing of Akhbar but the `Person`
 * entity's key, and adds a field to it (`wikidataId`), plus one root field of its own that returns
 * Akhbar people. A query through the gateway that asks for both needs both subgraphs.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

/** Wikidata item ids of some of the people in the article. */
export const WIKIDATA_IDS: Readonly<Record<string, string>> = {
  'vladimir-putin': 'Q7747',
  'donald-trump': 'Q22686',
};

export const wikidataTypeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    "The people this subgraph has a Wikidata item for."
    wikidataPeople: [Person!]!
  }

  "A person, as Akhbar knows them; this subgraph adds the Wikidata item."
  type Person @key(fields: "slug") {
    "Akhbar's stable slug for the person."
    slug: String!
    "The person's Wikidata item id (Q...), when known."
    wikidataId: String
  }
`);

const wikidataSchema = buildSubgraphSchema({
  typeDefs: wikidataTypeDefs,
  resolvers: {
    Query: { wikidataPeople: () => Object.keys(WIKIDATA_IDS).map((slug) => ({ slug })) },
    Person: {
      __resolveReference: ({ slug }: { slug: string }) => ({ slug }),
      wikidataId: ({ slug }: { slug: string }) => WIKIDATA_IDS[slug] ?? null,
    },
  },
});

export function createWikidataApp() {
  return createYoga({ schema: wikidataSchema, logging: false, maskedErrors: true });
}
