/** schema/operations/ExplorerSearch.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The explorer's search box: the article's paragraphs that match the query, with every matched word
  # in each of their texts (Arabic and English ranges, each tagged with its language), to step through.
  query ExplorerSearchQuery($slug: String!, $query: String!) {
    search(query: $query, kinds: [PARAGRAPH], articles: [$slug], first: 100) {
      nodes {
        subject { __typename ... on Paragraph { id } }
        paragraphMatches { language start end }
      }
    }
  }
`;
