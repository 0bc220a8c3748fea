/**
 * @generated SignedSource<<9f1bbcc925a6e24b2bffda62b256f578>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type DatasetInfoQuery$variables = Record<PropertyKey, never>;
export type DatasetInfoQuery$data = {
  readonly dataset: {
    readonly contentHash: string;
    readonly counts: {
      readonly actors: number;
      readonly articles: number;
      readonly claims: number;
      readonly events: number;
      readonly expertOpinions: number;
      readonly mentions: number;
      readonly paragraphs: number;
      readonly quotes: number;
    };
    readonly generatedAt: string;
    readonly licence: string;
    readonly schemaVersion: number;
    readonly source: string;
  };
};
export type DatasetInfoQuery = {
  response: DatasetInfoQuery$data;
  variables: DatasetInfoQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "DatasetManifest",
    "kind": "LinkedField",
    "name": "dataset",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "schemaVersion",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "contentHash",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "generatedAt",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "source",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "licence",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "DatasetCounts",
        "kind": "LinkedField",
        "name": "counts",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "articles",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "paragraphs",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "actors",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "mentions",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "events",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "quotes",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "claims",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "expertOpinions",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "DatasetInfoQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "DatasetInfoQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "dfc8f23ae45313eddfe7b5f133d3087c",
    "id": null,
    "metadata": {},
    "name": "DatasetInfoQuery",
    "operationKind": "query",
    "text": "query DatasetInfoQuery {\n  dataset {\n    schemaVersion\n    contentHash\n    generatedAt\n    source\n    licence\n    counts {\n      articles\n      paragraphs\n      actors\n      mentions\n      events\n      quotes\n      claims\n      expertOpinions\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f703889459d9a438310cf169342ec5bd";

export default node;
