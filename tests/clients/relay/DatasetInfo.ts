/** schema/operations/DatasetInfo.graphql, named as Relay names queries: `<module>Query`. */
import { graphql } from 'relay-runtime';

export const query = graphql`
  # What data the API serves: its version (content hash), source and counts.
  query DatasetInfoQuery {
    dataset {
      schemaVersion
      contentHash
      generatedAt
      source
      licence
      counts { articles paragraphs actors mentions events quotes claims expertOpinions }
    }
  }
`;
