/** schema/operations/ExplorerActors.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The explorer's actors: the network's nodes (sized by mentions) and the actor cards' roles.
  query ExplorerActorsQuery($slug: String!, $language: Language!) {
    article(slug: $slug) {
      id
      actors(first: 100, orderBy: { field: MENTIONS, direction: DESC }) {
        totalCount
        nodes {
          id
          slug
          kind
          mentionCount
          name { text(language: $language) }
          description { text(language: $language) }
          roles {
            id
            title { text(language: $language) }
            organization { id name { text(language: $language) } }
            country { id name { text(language: $language) } }
            evidence { start end excerpt paragraph { id } }
          }
        }
      }
    }
  }
`;
