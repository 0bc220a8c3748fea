/** schema/operations/ExplorerOpinions.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The explorer's expert opinions side by side: credential, channel, stance and why, claims, quotes,
  # each with evidence.
  # $gloss: each Arabic excerpt's English words too (the English page asks for them).
  query ExplorerOpinionsQuery($slug: String!, $language: Language!, $gloss: Boolean = false) {
    article(slug: $slug) {
      id
      expertOpinions(first: 20) {
        totalCount
        nodes {
          id
          slug
          stance
          channel
          stanceJustification { text(language: $language) }
          credential { text(language: $language) }
          subject { text(language: $language) }
          subjectEvent { id title { text(language: $language) } }
          expert { id slug name { text(language: $language) } }
          reportedBy { id name { text(language: $language) } }
          claims { id statement { text(language: $language) } evidence { start end excerpt paragraph { id } translation @include(if: $gloss) { start end excerpt } } }
          quotes { id kind text { text(language: $language) } evidence { start end excerpt paragraph { id } translation @include(if: $gloss) { start end excerpt } } }
          evidence { start end excerpt paragraph { id } translation @include(if: $gloss) { start end excerpt } }
        }
      }
    }
  }
`;
