/** schema/operations/Search.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # Full-text search, Arabic-aware, with highlighted snippets and the matched span.
  query SearchQuery($query: String!, $kinds: [SearchHitKind!], $first: Int = 10, $after: String) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          kind
          score
          language
          snippet
          highlights { start end }
          matchedSpan { start end excerpt paragraph { id slug } }
          subject {
            __typename
            ... on Person { id slug name { text } }
            ... on Organization { id slug name { text } }
            ... on Place { id slug name { text } }
            ... on Group { id slug name { text } }
            ... on Event { id slug title { text } }
            ... on Quote { id slug text { text } }
            ... on Claim { id slug statement { text } }
            ... on ExpertOpinion { id slug subject { text } }
            ... on Paragraph { id slug text { text } }
          }
        }
      }
    }
  }
`;
