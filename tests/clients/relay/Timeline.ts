/** schema/operations/Timeline.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The article's chronology: events by date, undated ones placed by their relations.
  query TimelineQuery($slug: String!) {
    article(slug: $slug) { id
      slug
      timeline {
        position
        placement
        earliest
        latest
        event {
          id
          slug
          kind
          status
          title { text }
          date { value precision bound isInferred basis { text } }
          duration
          place { id slug name { text } }
          participants { roles actor { id slug name { text } } }
          outgoingRelations { id kind target { id slug } note { text } }
        }
      }
    }
  }
`;
