/** schema/operations/ActorAcrossCorpus.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # One actor over the whole corpus: its events in chronological order, and what it said, newest first.
  query ActorAcrossCorpusQuery($slug: String!, $first: Int = 20, $from: Date, $to: Date) {
    actor(slug: $slug) {
      id
      slug
      name { text }
      events(filter: { from: $from, to: $to }, orderBy: { field: DATE }, first: $first) {
        totalCount
        nodes { id slug title { text } date { value precision } article { id slug } }
      }
      quotes(orderBy: { field: PUBLISHED, direction: DESC }, first: $first) {
        totalCount
        nodes { id slug text { text } article { id slug publishedOn } }
      }
    }
  }
`;
