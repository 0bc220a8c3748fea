/** schema/operations/ActorProfile.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # An actor's profile: roles, events with its role in each, what it said and claimed.
  query ActorProfileQuery($slug: String!, $first: Int = 10) {
    actor(slug: $slug) {
      id
      __typename
      slug
      kind
      name { text ar en }
      aliases { ar en }
      description { text }
      mentionCount
      roles { id title { text } organization { id slug } country { id slug } }
      participations(first: $first) {
        totalCount
        nodes { roles event { id slug status title { text } } }
      }
      quotes(first: $first) {
        totalCount
        nodes { id kind channel text { text } reportedBy { id slug } evidence { excerpt } }
      }
      claims(first: $first) {
        totalCount
        nodes { id statement { text } }
      }
      expertOpinions(first: $first) {
        nodes { id stance subject { text } }
      }
    }
  }
`;
