/** schema/operations/ExplorerTimeline.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The explorer's timeline and event cards: every event of the article in chronological order, with
  # its date (precision, bound, whether inferred), status, who asserts it, place, duration, participants and relations.
  # $gloss: each Arabic excerpt's English words too (the English page asks for them).
  query ExplorerTimelineQuery($slug: String!, $language: Language!, $gloss: Boolean = false) {
    article(slug: $slug) {
      id
      publishedOn
      timeline {
        position
        placement
        earliest
        latest
        placedBy { id kind source { id } target { id } }
        event {
          id
          slug
          kind
          status
          count
          duration
          title { text(language: $language) }
          summary { text(language: $language) }
          note { text(language: $language) }
          attribution { kind source { id name { text(language: $language) } } via { id name { text(language: $language) } } note { text(language: $language) } }
          date { value precision bound isInferred earliest latest basis { text(language: $language) } }
          place { id slug name { text(language: $language) } }
          participants { roles actor { id slug name { text(language: $language) } } }
          outgoingRelations { id kind target { id } note { text(language: $language) } attribution { kind } }
          incomingRelations { id kind source { id } note { text(language: $language) } attribution { kind } }
          evidence { start end excerpt paragraph { id } translation @include(if: $gloss) { start end excerpt } }
        }
      }
    }
  }
`;
