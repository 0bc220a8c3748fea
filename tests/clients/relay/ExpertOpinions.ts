/** schema/operations/ExpertOpinions.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # The expert opinions side by side, with their claims, quotes and evidence.
  query ExpertOpinionsQuery {
    expertOpinions {
      totalCount
      nodes {
        id
        slug
        stance
        stanceJustification { text }
        credential { text }
        channel
        reportedBy { id slug name { text } }
        subject { text }
        subjectEvent { id slug title { text } }
        expert { id slug name { text } }
        claims { id slug statement { text } evidence { excerpt } }
        quotes { id kind text { text } }
        evidence { start end excerpt paragraph { id slug } }
      }
    }
  }
`;
