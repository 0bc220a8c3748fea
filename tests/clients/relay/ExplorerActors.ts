/** schema/operations/ExplorerActors.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The explorer's actors: the network's nodes (sized by mentions) and the actor cards' roles: the 50
  # most mentioned (an article has 28; a page of 100 with glossed evidence would cost over the limit).
  # $gloss: each Arabic excerpt's English words too (the English page asks for them).
  query ExplorerActorsQuery($slug: String!, $language: Language!, $gloss: Boolean = false) {
    article(slug: $slug) {
      id
      actors(first: 50, orderBy: { field: MENTIONS, direction: DESC }) {
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
            evidence { start end excerpt paragraph { id } translation @include(if: $gloss) { start end excerpt } }
          }
        }
      }
    }
  }
`;
