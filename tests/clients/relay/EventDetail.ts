/** schema/operations/EventDetail.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # One event with everything linked to it.
  query EventDetailQuery($slug: String!) {
    event(slug: $slug) {
      id
      slug
      kind
      status
      title { text }
      summary { text }
      note { text }
      count
      duration
      date { value precision bound isInferred earliest latest basis { text } }
      place { id slug name { text } }
      participants { roles actor { id __typename slug name { text } } }
      relatedEvents { id slug title { text } }
      incomingRelations { id kind source { id slug } }
      outgoingRelations { id kind target { id slug } }
      quotes { id slug speaker { id slug } text { text } }
      claims { id slug claimant { id slug } statement { text } }
      expertOpinions { id slug stance }
      evidence { start end excerpt paragraph { id slug } }
    }
  }
`;
