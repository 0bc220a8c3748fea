/**
 * Search as a Relay app pages it: a fragment on Query whose `search` is a `@connection`, made
 * `@refetchable` so that Relay generates the query that fetches the next page (what
 * `usePaginationFragment`'s `loadNext` runs). The hit's fields are those of schema/operations/Search.graphql.
 */
import { graphql } from 'relay-runtime';

export const query = graphql`
  query SearchResultsQuery($query: String!, $kinds: [SearchHitKind!], $first: Int = 10) {
    ...SearchResults_query @arguments(query: $query, kinds: $kinds, first: $first)
  }
`;

export const fragment = graphql`
  fragment SearchResults_query on Query
  @refetchable(queryName: "SearchResultsPaginationQuery")
  @argumentDefinitions(
    query: { type: "String!" }
    kinds: { type: "[SearchHitKind!]" }
    first: { type: "Int", defaultValue: 10 }
    after: { type: "String" }
  ) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) @connection(key: "SearchResults_search") {
      totalCount
      edges {
        node {
          kind
          score
          snippet
          subject {
            __typename
            ... on Node { id }
            ... on Person { slug name { text } }
            ... on Event { slug title { text } }
            ... on Quote { slug text { text } }
          }
        }
      }
    }
  }
`;
