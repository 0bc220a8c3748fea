/** schema/operations/EventsBetween.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The events of every article whose dates overlap a range of days, in chronological order.
  query EventsBetweenQuery($from: Date, $to: Date, $first: Int = 20, $after: String) {
    events(filter: { from: $from, to: $to }, orderBy: { field: DATE }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        slug
        title { text }
        date { value precision }
        article { id slug publishedOn }
      }
    }
  }
`;
