/** schema/operations/CorpusSearch.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # Search across the whole corpus, narrowed by kinds, articles, actors and publication dates, one page at a time.
  query CorpusSearchQuery(
    $query: String!
    $kinds: [SearchHitKind!]
    $articles: [String!]
    $actors: [String!]
    $from: Date
    $to: Date
    $first: Int = 20
    $after: String
  ) {
    search(query: $query, kinds: $kinds, articles: $articles, actors: $actors, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        kind
        score
        snippet
        highlights { start end }
        subject {
          __typename
          ... on Node { id }
          ... on Event { slug }
          ... on Quote { slug }
          ... on Claim { slug }
          ... on Paragraph { slug }
        }
      }
    }
  }
`;
