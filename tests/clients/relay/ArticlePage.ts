/** schema/operations/ArticlePage.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The article page: headline, sections and paragraphs with their highlights.
  query ArticlePageQuery($slug: String!) {
    article(slug: $slug) {
      id
      slug
      publishedOn
      isHeadlineEditorial
      headline { text language direction }
      dateline { id slug name { text } }
      publisher { id slug name { text } }
      sections {
        id
        position
        heading { text }
        paragraphs {
          id
          slug
          text { text direction ar }
          annotations {
            kind
            span { start end excerpt }
            subject {
              __typename
              ... on Node { id }
              ... on Mention { id actor { id slug } }
              ... on Event { id slug }
              ... on Quote { id slug }
              ... on Claim { id slug }
            }
          }
        }
      }
    }
  }
`;
