/** schema/operations/ExplorerStatements.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The explorer's quotes and claims: who said or asserts what, through which channel, reported by
  # whom, about which events and actors, who asserts each claim, the language each quote was first
  # said in, with evidence. Two flat lists, no nested connections.
  # $gloss: each Arabic excerpt's English words too (the English page asks for them).
  query ExplorerStatementsQuery($slug: String!, $language: Language!, $gloss: Boolean = false) {
    article(slug: $slug) {
      id
      quotes(first: 100) {
        totalCount
        nodes {
          id
          slug
          kind
          channel
          text { text(language: $language) direction(language: $language) }
          isEnglishTranslated
          originalLanguage { language isInferred basis { text(language: $language) } }
          speaker { id name { text(language: $language) } }
          reportedBy { id name { text(language: $language) } }
          about { id }
          evidence { start end excerpt paragraph { id } translation @include(if: $gloss) { start end excerpt } }
        }
      }
      claims(first: 100) {
        totalCount
        nodes {
          id
          slug
          statement { text(language: $language) }
          level
          attribution { kind source { id name { text(language: $language) } } via { id name { text(language: $language) } } note { text(language: $language) } }
          claimant { id name { text(language: $language) } }
          aboutActors { id }
          aboutEvents { id }
          quotes { id }
          evidence { start end excerpt paragraph { id } translation @include(if: $gloss) { start end excerpt } }
        }
      }
    }
  }
`;
