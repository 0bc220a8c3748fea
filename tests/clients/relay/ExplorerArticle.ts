/** schema/operations/ExplorerArticle.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The explorer's reader: the article's text with the highlights it shows (actors, events, quotes, claims),
  # each at its range in the page's language (in English, where its Arabic evidence stands in the translation).
  query ExplorerArticleQuery($slug: String!, $language: Language!) {
    article(slug: $slug) {
      id
      slug
      publishedOn
      isHeadlineEditorial
      headline { text(language: $language) language(language: $language) direction(language: $language) }
      dateline { id slug name { text(language: $language) } }
      publisher { id slug name { text(language: $language) } }
      sections {
        id
        slug
        position
        heading { text(language: $language) direction(language: $language) }
        paragraphs {
          id
          slug
          text { ar text(language: $language) language(language: $language) direction(language: $language) }
          annotations(kinds: [PERSON, ORGANIZATION, PLACE, GROUP, EVENT, QUOTE, CLAIM], language: $language) {
            kind
            span { start end excerpt }
            range { start end }
            subject {
              __typename
              ... on Node { id }
              ... on Mention { id actor { id slug name { text(language: $language) } } }
              ... on Event { id slug title { text(language: $language) } }
              ... on Quote { id slug speaker { id name { text(language: $language) } } }
              ... on Claim { id slug claimant { id name { text(language: $language) } } }
            }
          }
        }
      }
    }
  }
`;
