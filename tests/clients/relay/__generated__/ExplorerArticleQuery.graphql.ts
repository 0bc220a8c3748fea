/**
 * @generated SignedSource<<ad5b41a4555da27403a59e2128332d93>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type AnnotationKind = "CLAIM" | "EVENT" | "EVENT_RELATION" | "EXPERT_OPINION" | "GROUP" | "ORGANIZATION" | "PERSON" | "PLACE" | "QUOTE" | "ROLE" | "%future added value";
export type Language = "AR" | "EN" | "%future added value";
export type TextDirection = "LTR" | "RTL" | "%future added value";
export type ExplorerArticleQuery$variables = {
  language: Language;
  slug: string;
};
export type ExplorerArticleQuery$data = {
  readonly article: {
    readonly dateline: {
      readonly id: string;
      readonly name: {
        readonly text: string;
      };
      readonly slug: string;
    };
    readonly headline: {
      readonly direction: TextDirection;
      readonly language: Language;
      readonly text: string;
    };
    readonly id: string;
    readonly isHeadlineEditorial: boolean;
    readonly publishedOn: string;
    readonly publisher: {
      readonly id: string;
      readonly name: {
        readonly text: string;
      };
      readonly slug: string;
    };
    readonly sections: ReadonlyArray<{
      readonly heading: {
        readonly direction: TextDirection;
        readonly text: string;
      } | null | undefined;
      readonly id: string;
      readonly paragraphs: ReadonlyArray<{
        readonly annotations: ReadonlyArray<{
          readonly kind: AnnotationKind;
          readonly range: {
            readonly end: number;
            readonly start: number;
          };
          readonly span: {
            readonly end: number;
            readonly excerpt: string;
            readonly start: number;
          };
          readonly subject: {
            readonly __typename: string;
            readonly actor?: {
              readonly id: string;
              readonly name: {
                readonly text: string;
              };
              readonly slug: string;
            };
            readonly claimant?: {
              readonly id: string;
              readonly name: {
                readonly text: string;
              };
            };
            readonly id?: string;
            readonly slug?: string;
            readonly speaker?: {
              readonly id: string;
              readonly name: {
                readonly text: string;
              };
            };
            readonly title?: {
              readonly text: string;
            };
          };
        }> | null | undefined;
        readonly id: string;
        readonly slug: string;
        readonly text: {
          readonly ar: string;
          readonly direction: TextDirection;
          readonly language: Language;
          readonly text: string;
        };
      }>;
      readonly position: number;
      readonly slug: string;
    }>;
    readonly slug: string;
  } | null | undefined;
};
export type ExplorerArticleQuery = {
  response: ExplorerArticleQuery$data;
  variables: ExplorerArticleQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "language"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "slug"
},
v2 = [
  {
    "kind": "Variable",
    "name": "slug",
    "variableName": "slug"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "publishedOn",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "isHeadlineEditorial",
  "storageKey": null
},
v7 = {
  "kind": "Variable",
  "name": "language",
  "variableName": "language"
},
v8 = [
  (v7/*:: as any*/)
],
v9 = {
  "alias": null,
  "args": (v8/*:: as any*/),
  "kind": "ScalarField",
  "name": "text",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": (v8/*:: as any*/),
  "kind": "ScalarField",
  "name": "language",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": (v8/*:: as any*/),
  "kind": "ScalarField",
  "name": "direction",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "headline",
  "plural": false,
  "selections": [
    (v9/*:: as any*/),
    (v10/*:: as any*/),
    (v11/*:: as any*/)
  ],
  "storageKey": null
},
v13 = [
  (v9/*:: as any*/)
],
v14 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v13/*:: as any*/),
  "storageKey": null
},
v15 = [
  (v3/*:: as any*/),
  (v4/*:: as any*/),
  (v14/*:: as any*/)
],
v16 = {
  "alias": null,
  "args": null,
  "concreteType": "Place",
  "kind": "LinkedField",
  "name": "dateline",
  "plural": false,
  "selections": (v15/*:: as any*/),
  "storageKey": null
},
v17 = {
  "alias": null,
  "args": null,
  "concreteType": "Organization",
  "kind": "LinkedField",
  "name": "publisher",
  "plural": false,
  "selections": (v15/*:: as any*/),
  "storageKey": null
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "position",
  "storageKey": null
},
v19 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "heading",
  "plural": false,
  "selections": [
    (v9/*:: as any*/),
    (v11/*:: as any*/)
  ],
  "storageKey": null
},
v20 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "text",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "ar",
      "storageKey": null
    },
    (v9/*:: as any*/),
    (v10/*:: as any*/),
    (v11/*:: as any*/)
  ],
  "storageKey": null
},
v21 = [
  {
    "kind": "Literal",
    "name": "kinds",
    "value": [
      "PERSON",
      "ORGANIZATION",
      "PLACE",
      "GROUP",
      "EVENT",
      "QUOTE",
      "CLAIM"
    ]
  },
  (v7/*:: as any*/)
],
v22 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v23 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "start",
  "storageKey": null
},
v24 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "end",
  "storageKey": null
},
v25 = {
  "alias": null,
  "args": null,
  "concreteType": "SourceSpan",
  "kind": "LinkedField",
  "name": "span",
  "plural": false,
  "selections": [
    (v23/*:: as any*/),
    (v24/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "excerpt",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v26 = {
  "alias": null,
  "args": null,
  "concreteType": "ParagraphRange",
  "kind": "LinkedField",
  "name": "range",
  "plural": false,
  "selections": [
    (v23/*:: as any*/),
    (v24/*:: as any*/)
  ],
  "storageKey": null
},
v27 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v28 = {
  "kind": "InlineFragment",
  "selections": [
    (v3/*:: as any*/)
  ],
  "type": "Node",
  "abstractKey": "__isNode"
},
v29 = {
  "kind": "InlineFragment",
  "selections": [
    (v3/*:: as any*/),
    (v4/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "title",
      "plural": false,
      "selections": (v13/*:: as any*/),
      "storageKey": null
    }
  ],
  "type": "Event",
  "abstractKey": null
},
v30 = [
  (v3/*:: as any*/),
  (v14/*:: as any*/)
],
v31 = [
  (v27/*:: as any*/),
  (v3/*:: as any*/),
  (v14/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "ExplorerArticleQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "Article",
        "kind": "LinkedField",
        "name": "article",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v12/*:: as any*/),
          (v16/*:: as any*/),
          (v17/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Section",
            "kind": "LinkedField",
            "name": "sections",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              (v18/*:: as any*/),
              (v19/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Paragraph",
                "kind": "LinkedField",
                "name": "paragraphs",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v20/*:: as any*/),
                  {
                    "alias": null,
                    "args": (v21/*:: as any*/),
                    "concreteType": "Annotation",
                    "kind": "LinkedField",
                    "name": "annotations",
                    "plural": true,
                    "selections": [
                      (v22/*:: as any*/),
                      (v25/*:: as any*/),
                      (v26/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "subject",
                        "plural": false,
                        "selections": [
                          (v27/*:: as any*/),
                          (v28/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v3/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "concreteType": null,
                                "kind": "LinkedField",
                                "name": "actor",
                                "plural": false,
                                "selections": (v15/*:: as any*/),
                                "storageKey": null
                              }
                            ],
                            "type": "Mention",
                            "abstractKey": null
                          },
                          (v29/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v3/*:: as any*/),
                              (v4/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "concreteType": null,
                                "kind": "LinkedField",
                                "name": "speaker",
                                "plural": false,
                                "selections": (v30/*:: as any*/),
                                "storageKey": null
                              }
                            ],
                            "type": "Quote",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v3/*:: as any*/),
                              (v4/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "concreteType": null,
                                "kind": "LinkedField",
                                "name": "claimant",
                                "plural": false,
                                "selections": (v30/*:: as any*/),
                                "storageKey": null
                              }
                            ],
                            "type": "Claim",
                            "abstractKey": null
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
    "name": "ExplorerArticleQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "Article",
        "kind": "LinkedField",
        "name": "article",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v12/*:: as any*/),
          (v16/*:: as any*/),
          (v17/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Section",
            "kind": "LinkedField",
            "name": "sections",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              (v18/*:: as any*/),
              (v19/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Paragraph",
                "kind": "LinkedField",
                "name": "paragraphs",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v20/*:: as any*/),
                  {
                    "alias": null,
                    "args": (v21/*:: as any*/),
                    "concreteType": "Annotation",
                    "kind": "LinkedField",
                    "name": "annotations",
                    "plural": true,
                    "selections": [
                      (v22/*:: as any*/),
                      (v25/*:: as any*/),
                      (v26/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "subject",
                        "plural": false,
                        "selections": [
                          (v27/*:: as any*/),
                          (v28/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v3/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "concreteType": null,
                                "kind": "LinkedField",
                                "name": "actor",
                                "plural": false,
                                "selections": [
                                  (v27/*:: as any*/),
                                  (v3/*:: as any*/),
                                  (v4/*:: as any*/),
                                  (v14/*:: as any*/)
                                ],
                                "storageKey": null
                              }
                            ],
                            "type": "Mention",
                            "abstractKey": null
                          },
                          (v29/*:: as any*/),
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v3/*:: as any*/),
                              (v4/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "concreteType": null,
                                "kind": "LinkedField",
                                "name": "speaker",
                                "plural": false,
                                "selections": (v31/*:: as any*/),
                                "storageKey": null
                              }
                            ],
                            "type": "Quote",
                            "abstractKey": null
                          },
                          {
                            "kind": "InlineFragment",
                            "selections": [
                              (v3/*:: as any*/),
                              (v4/*:: as any*/),
                              {
                                "alias": null,
                                "args": null,
                                "concreteType": null,
                                "kind": "LinkedField",
                                "name": "claimant",
                                "plural": false,
                                "selections": (v31/*:: as any*/),
                                "storageKey": null
                              }
                            ],
                            "type": "Claim",
                            "abstractKey": null
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
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "a92dbdfaef76bda17bde56cdbedb1b47",
    "id": null,
    "metadata": {},
    "name": "ExplorerArticleQuery",
    "operationKind": "query",
    "text": "query ExplorerArticleQuery(\n  $slug: String!\n  $language: Language!\n) {\n  article(slug: $slug) {\n    id\n    slug\n    publishedOn\n    isHeadlineEditorial\n    headline {\n      text(language: $language)\n      language(language: $language)\n      direction(language: $language)\n    }\n    dateline {\n      id\n      slug\n      name {\n        text(language: $language)\n      }\n    }\n    publisher {\n      id\n      slug\n      name {\n        text(language: $language)\n      }\n    }\n    sections {\n      id\n      slug\n      position\n      heading {\n        text(language: $language)\n        direction(language: $language)\n      }\n      paragraphs {\n        id\n        slug\n        text {\n          ar\n          text(language: $language)\n          language(language: $language)\n          direction(language: $language)\n        }\n        annotations(kinds: [PERSON, ORGANIZATION, PLACE, GROUP, EVENT, QUOTE, CLAIM], language: $language) {\n          kind\n          span {\n            start\n            end\n            excerpt\n          }\n          range {\n            start\n            end\n          }\n          subject {\n            __typename\n            ... on Node {\n              __isNode: __typename\n              id\n            }\n            ... on Mention {\n              id\n              actor {\n                __typename\n                id\n                slug\n                name {\n                  text(language: $language)\n                }\n              }\n            }\n            ... on Event {\n              id\n              slug\n              title {\n                text(language: $language)\n              }\n            }\n            ... on Quote {\n              id\n              slug\n              speaker {\n                __typename\n                id\n                name {\n                  text(language: $language)\n                }\n              }\n            }\n            ... on Claim {\n              id\n              slug\n              claimant {\n                __typename\n                id\n                name {\n                  text(language: $language)\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5fad0df78e7810185aa3feb658b22331";

export default node;
