/**
 * @generated SignedSource<<7c00f3dcc99be681eec471235fa981b0>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type Language = "AR" | "EN" | "%future added value";
export type ExplorerSearchQuery$variables = {
  query: string;
  slug: string;
};
export type ExplorerSearchQuery$data = {
  readonly search: {
    readonly nodes: ReadonlyArray<{
      readonly paragraphMatches: ReadonlyArray<{
        readonly end: number;
        readonly language: Language;
        readonly start: number;
      }>;
      readonly subject: {
        readonly __typename: "Paragraph";
        readonly id: string;
      } | {
        // This will never be '%other', but we need some
        // value in case none of the concrete values match.
        readonly __typename: "%other";
      };
    }>;
  } | null | undefined;
};
export type ExplorerSearchQuery = {
  response: ExplorerSearchQuery$data;
  variables: ExplorerSearchQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "query"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "slug"
},
v2 = [
  {
    "items": [
      {
        "kind": "Variable",
        "name": "articles.0",
        "variableName": "slug"
      }
    ],
    "kind": "ListValue",
    "name": "articles"
  },
  {
    "kind": "Literal",
    "name": "first",
    "value": 100
  },
  {
    "kind": "Literal",
    "name": "kinds",
    "value": [
      "PARAGRAPH"
    ]
  },
  {
    "kind": "Variable",
    "name": "query",
    "variableName": "query"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v4 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "id",
    "storageKey": null
  }
],
v5 = {
  "kind": "InlineFragment",
  "selections": (v4/*:: as any*/),
  "type": "Paragraph",
  "abstractKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "concreteType": "ParagraphRange",
  "kind": "LinkedField",
  "name": "paragraphMatches",
  "plural": true,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "language",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "start",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "end",
      "storageKey": null
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "ExplorerSearchQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "SearchHitConnection",
        "kind": "LinkedField",
        "name": "search",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "SearchHit",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "subject",
                "plural": false,
                "selections": [
                  (v3/*:: as any*/),
                  (v5/*:: as any*/)
                ],
                "storageKey": null
              },
              (v6/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "ExplorerSearchQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "SearchHitConnection",
        "kind": "LinkedField",
        "name": "search",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "SearchHit",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "subject",
                "plural": false,
                "selections": [
                  (v3/*:: as any*/),
                  (v5/*:: as any*/),
                  {
                    "kind": "InlineFragment",
                    "selections": (v4/*:: as any*/),
                    "type": "Node",
                    "abstractKey": "__isNode"
                  }
                ],
                "storageKey": null
              },
              (v6/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "c270f951403232d454eaa393e0f2f3d0",
    "id": null,
    "metadata": {},
    "name": "ExplorerSearchQuery",
    "operationKind": "query",
    "text": "query ExplorerSearchQuery(\n  $slug: String!\n  $query: String!\n) {\n  search(query: $query, kinds: [PARAGRAPH], articles: [$slug], first: 100) {\n    nodes {\n      subject {\n        __typename\n        ... on Paragraph {\n          id\n        }\n        ... on Node {\n          __isNode: __typename\n          id\n        }\n      }\n      paragraphMatches {\n        language\n        start\n        end\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "2729dade1243249c8c5828ca5020d4dd";

export default node;
