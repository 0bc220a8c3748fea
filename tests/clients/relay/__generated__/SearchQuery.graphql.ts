/**
 * @generated SignedSource<<7a29a8f35b35392f53713ade37bb4a62>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type Language = "AR" | "EN" | "%future added value";
export type SearchHitKind = "ACTOR" | "CLAIM" | "EVENT" | "EXPERT_OPINION" | "PARAGRAPH" | "QUOTE" | "%future added value";
export type SearchQuery$variables = {
  after?: string | null | undefined;
  first?: number | null | undefined;
  kinds?: ReadonlyArray<SearchHitKind> | null | undefined;
  query: string;
};
export type SearchQuery$data = {
  readonly search: {
    readonly edges: ReadonlyArray<{
      readonly cursor: string;
      readonly node: {
        readonly highlights: ReadonlyArray<{
          readonly end: number;
          readonly start: number;
        }>;
        readonly kind: SearchHitKind;
        readonly language: Language;
        readonly matchedSpan: {
          readonly end: number;
          readonly excerpt: string;
          readonly paragraph: {
            readonly id: string;
            readonly slug: string;
          };
          readonly start: number;
        } | null | undefined;
        readonly score: number;
        readonly snippet: string;
        readonly subject: {
          readonly __typename: "Claim";
          readonly id: string;
          readonly slug: string;
          readonly statement: {
            readonly text: string;
          };
        } | {
          readonly __typename: "Event";
          readonly id: string;
          readonly slug: string;
          readonly title: {
            readonly text: string;
          };
        } | {
          readonly __typename: "ExpertOpinion";
          readonly id: string;
          readonly slug: string;
          readonly subject: {
            readonly text: string;
          };
        } | {
          readonly __typename: "Group";
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
          readonly slug: string;
        } | {
          readonly __typename: "Organization";
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
          readonly slug: string;
        } | {
          readonly __typename: "Paragraph";
          readonly id: string;
          readonly slug: string;
          readonly text: {
            readonly text: string;
          };
        } | {
          readonly __typename: "Person";
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
          readonly slug: string;
        } | {
          readonly __typename: "Place";
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
          readonly slug: string;
        } | {
          readonly __typename: "Quote";
          readonly id: string;
          readonly slug: string;
          readonly text: {
            readonly text: string;
          };
        } | {
          // This will never be '%other', but we need some
          // value in case none of the concrete values match.
          readonly __typename: "%other";
        };
      };
    }>;
    readonly pageInfo: {
      readonly endCursor: string | null | undefined;
      readonly hasNextPage: boolean;
    };
    readonly totalCount: number;
  } | null | undefined;
};
export type SearchQuery = {
  response: SearchQuery$data;
  variables: SearchQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "after"
},
v1 = {
  "defaultValue": 10,
  "kind": "LocalArgument",
  "name": "first"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "kinds"
},
v3 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "query"
},
v4 = [
  {
    "kind": "Variable",
    "name": "after",
    "variableName": "after"
  },
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "first"
  },
  {
    "kind": "Variable",
    "name": "kinds",
    "variableName": "kinds"
  },
  {
    "kind": "Variable",
    "name": "query",
    "variableName": "query"
  }
],
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "totalCount",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "concreteType": "PageInfo",
  "kind": "LinkedField",
  "name": "pageInfo",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "hasNextPage",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "endCursor",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "cursor",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "score",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "language",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "snippet",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "start",
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "end",
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "concreteType": "TextRange",
  "kind": "LinkedField",
  "name": "highlights",
  "plural": true,
  "selections": [
    (v12/*:: as any*/),
    (v13/*:: as any*/)
  ],
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v17 = {
  "alias": null,
  "args": null,
  "concreteType": "SourceSpan",
  "kind": "LinkedField",
  "name": "matchedSpan",
  "plural": false,
  "selections": [
    (v12/*:: as any*/),
    (v13/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "excerpt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Paragraph",
      "kind": "LinkedField",
      "name": "paragraph",
      "plural": false,
      "selections": [
        (v15/*:: as any*/),
        (v16/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v19 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "text",
    "storageKey": null
  }
],
v20 = [
  (v15/*:: as any*/),
  (v16/*:: as any*/),
  {
    "alias": null,
    "args": null,
    "concreteType": "LocalizedText",
    "kind": "LinkedField",
    "name": "name",
    "plural": false,
    "selections": (v19/*:: as any*/),
    "storageKey": null
  }
],
v21 = {
  "kind": "InlineFragment",
  "selections": (v20/*:: as any*/),
  "type": "Person",
  "abstractKey": null
},
v22 = {
  "kind": "InlineFragment",
  "selections": (v20/*:: as any*/),
  "type": "Organization",
  "abstractKey": null
},
v23 = {
  "kind": "InlineFragment",
  "selections": (v20/*:: as any*/),
  "type": "Place",
  "abstractKey": null
},
v24 = {
  "kind": "InlineFragment",
  "selections": (v20/*:: as any*/),
  "type": "Group",
  "abstractKey": null
},
v25 = {
  "kind": "InlineFragment",
  "selections": [
    (v15/*:: as any*/),
    (v16/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "title",
      "plural": false,
      "selections": (v19/*:: as any*/),
      "storageKey": null
    }
  ],
  "type": "Event",
  "abstractKey": null
},
v26 = [
  (v15/*:: as any*/),
  (v16/*:: as any*/),
  {
    "alias": null,
    "args": null,
    "concreteType": "LocalizedText",
    "kind": "LinkedField",
    "name": "text",
    "plural": false,
    "selections": (v19/*:: as any*/),
    "storageKey": null
  }
],
v27 = {
  "kind": "InlineFragment",
  "selections": (v26/*:: as any*/),
  "type": "Quote",
  "abstractKey": null
},
v28 = {
  "kind": "InlineFragment",
  "selections": [
    (v15/*:: as any*/),
    (v16/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "statement",
      "plural": false,
      "selections": (v19/*:: as any*/),
      "storageKey": null
    }
  ],
  "type": "Claim",
  "abstractKey": null
},
v29 = {
  "kind": "InlineFragment",
  "selections": [
    (v15/*:: as any*/),
    (v16/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "subject",
      "plural": false,
      "selections": (v19/*:: as any*/),
      "storageKey": null
    }
  ],
  "type": "ExpertOpinion",
  "abstractKey": null
},
v30 = {
  "kind": "InlineFragment",
  "selections": (v26/*:: as any*/),
  "type": "Paragraph",
  "abstractKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/),
      (v3/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "SearchQuery",
    "selections": [
      {
        "alias": null,
        "args": (v4/*:: as any*/),
        "concreteType": "SearchHitConnection",
        "kind": "LinkedField",
        "name": "search",
        "plural": false,
        "selections": [
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SearchHitEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "SearchHit",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/),
                  (v11/*:: as any*/),
                  (v14/*:: as any*/),
                  (v17/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "subject",
                    "plural": false,
                    "selections": [
                      (v18/*:: as any*/),
                      (v21/*:: as any*/),
                      (v22/*:: as any*/),
                      (v23/*:: as any*/),
                      (v24/*:: as any*/),
                      (v25/*:: as any*/),
                      (v27/*:: as any*/),
                      (v28/*:: as any*/),
                      (v29/*:: as any*/),
                      (v30/*:: as any*/)
                    ],
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
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
      (v3/*:: as any*/),
      (v2/*:: as any*/),
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "SearchQuery",
    "selections": [
      {
        "alias": null,
        "args": (v4/*:: as any*/),
        "concreteType": "SearchHitConnection",
        "kind": "LinkedField",
        "name": "search",
        "plural": false,
        "selections": [
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "SearchHitEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "SearchHit",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/),
                  (v11/*:: as any*/),
                  (v14/*:: as any*/),
                  (v17/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "subject",
                    "plural": false,
                    "selections": [
                      (v18/*:: as any*/),
                      (v21/*:: as any*/),
                      (v22/*:: as any*/),
                      (v23/*:: as any*/),
                      (v24/*:: as any*/),
                      (v25/*:: as any*/),
                      (v27/*:: as any*/),
                      (v28/*:: as any*/),
                      (v29/*:: as any*/),
                      (v30/*:: as any*/),
                      {
                        "kind": "InlineFragment",
                        "selections": [
                          (v15/*:: as any*/)
                        ],
                        "type": "Node",
                        "abstractKey": "__isNode"
                      }
                    ],
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "a23893e7717e471db16f7e5d423cae83",
    "id": null,
    "metadata": {},
    "name": "SearchQuery",
    "operationKind": "query",
    "text": "query SearchQuery(\n  $query: String!\n  $kinds: [SearchHitKind!]\n  $first: Int = 10\n  $after: String\n) {\n  search(query: $query, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        kind\n        score\n        language\n        snippet\n        highlights {\n          start\n          end\n        }\n        matchedSpan {\n          start\n          end\n          excerpt\n          paragraph {\n            id\n            slug\n          }\n        }\n        subject {\n          __typename\n          ... on Person {\n            id\n            slug\n            name {\n              text\n            }\n          }\n          ... on Organization {\n            id\n            slug\n            name {\n              text\n            }\n          }\n          ... on Place {\n            id\n            slug\n            name {\n              text\n            }\n          }\n          ... on Group {\n            id\n            slug\n            name {\n              text\n            }\n          }\n          ... on Event {\n            id\n            slug\n            title {\n              text\n            }\n          }\n          ... on Quote {\n            id\n            slug\n            text {\n              text\n            }\n          }\n          ... on Claim {\n            id\n            slug\n            statement {\n              text\n            }\n          }\n          ... on ExpertOpinion {\n            id\n            slug\n            subject {\n              text\n            }\n          }\n          ... on Paragraph {\n            id\n            slug\n            text {\n              text\n            }\n          }\n          ... on Node {\n            __isNode: __typename\n            id\n          }\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "77131ac81f6c60b44f24605bb189fb30";

export default node;
