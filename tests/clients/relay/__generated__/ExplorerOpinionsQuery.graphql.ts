/**
 * @generated SignedSource<<76f47f23acf88ba2d09b64009dd451bf>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type Channel = "INTERVIEW" | "MEDIA_REPORT" | "NEWS_AGENCY" | "OFFICIAL_STATEMENT" | "SOCIAL_MEDIA" | "UNSPECIFIED" | "%future added value";
export type Language = "AR" | "EN" | "%future added value";
export type QuoteKind = "DIRECT" | "REPORTED" | "%future added value";
export type Stance = "MIXED" | "NEGATIVE" | "NEUTRAL" | "POSITIVE" | "SKEPTICAL" | "%future added value";
export type ExplorerOpinionsQuery$variables = {
  gloss?: boolean | null | undefined;
  language: Language;
  slug: string;
};
export type ExplorerOpinionsQuery$data = {
  readonly article: {
    readonly expertOpinions: {
      readonly nodes: ReadonlyArray<{
        readonly channel: Channel;
        readonly claims: ReadonlyArray<{
          readonly evidence: ReadonlyArray<{
            readonly end: number;
            readonly excerpt: string;
            readonly paragraph: {
              readonly id: string;
            };
            readonly start: number;
            readonly translation?: {
              readonly end: number;
              readonly excerpt: string;
              readonly start: number;
            } | null | undefined;
          }>;
          readonly id: string;
          readonly statement: {
            readonly text: string;
          };
        }>;
        readonly credential: {
          readonly text: string;
        };
        readonly evidence: ReadonlyArray<{
          readonly end: number;
          readonly excerpt: string;
          readonly paragraph: {
            readonly id: string;
          };
          readonly start: number;
          readonly translation?: {
            readonly end: number;
            readonly excerpt: string;
            readonly start: number;
          } | null | undefined;
        }>;
        readonly expert: {
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
          readonly slug: string;
        };
        readonly id: string;
        readonly quotes: ReadonlyArray<{
          readonly evidence: ReadonlyArray<{
            readonly end: number;
            readonly excerpt: string;
            readonly paragraph: {
              readonly id: string;
            };
            readonly start: number;
            readonly translation?: {
              readonly end: number;
              readonly excerpt: string;
              readonly start: number;
            } | null | undefined;
          }>;
          readonly id: string;
          readonly kind: QuoteKind;
          readonly text: {
            readonly text: string;
          };
        }>;
        readonly reportedBy: {
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
        } | null | undefined;
        readonly slug: string;
        readonly stance: Stance;
        readonly stanceJustification: {
          readonly text: string;
        };
        readonly subject: {
          readonly text: string;
        };
        readonly subjectEvent: {
          readonly id: string;
          readonly title: {
            readonly text: string;
          };
        } | null | undefined;
      }>;
      readonly totalCount: number;
    } | null | undefined;
    readonly id: string;
  } | null | undefined;
};
export type ExplorerOpinionsQuery = {
  response: ExplorerOpinionsQuery$data;
  variables: ExplorerOpinionsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": false,
  "kind": "LocalArgument",
  "name": "gloss"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "language"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "slug"
},
v3 = [
  {
    "kind": "Variable",
    "name": "slug",
    "variableName": "slug"
  }
],
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v5 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 20
  }
],
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "totalCount",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "stance",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "channel",
  "storageKey": null
},
v10 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "language",
        "variableName": "language"
      }
    ],
    "kind": "ScalarField",
    "name": "text",
    "storageKey": null
  }
],
v11 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "stanceJustification",
  "plural": false,
  "selections": (v10/*:: as any*/),
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "credential",
  "plural": false,
  "selections": (v10/*:: as any*/),
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "subject",
  "plural": false,
  "selections": (v10/*:: as any*/),
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "concreteType": "Event",
  "kind": "LinkedField",
  "name": "subjectEvent",
  "plural": false,
  "selections": [
    (v4/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "title",
      "plural": false,
      "selections": (v10/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v10/*:: as any*/),
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "start",
  "storageKey": null
},
v17 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "end",
  "storageKey": null
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "excerpt",
  "storageKey": null
},
v19 = {
  "alias": null,
  "args": null,
  "concreteType": "SourceSpan",
  "kind": "LinkedField",
  "name": "evidence",
  "plural": true,
  "selections": [
    (v16/*:: as any*/),
    (v17/*:: as any*/),
    (v18/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Paragraph",
      "kind": "LinkedField",
      "name": "paragraph",
      "plural": false,
      "selections": [
        (v4/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "condition": "gloss",
      "kind": "Condition",
      "passingValue": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "ParagraphRange",
          "kind": "LinkedField",
          "name": "translation",
          "plural": false,
          "selections": [
            (v16/*:: as any*/),
            (v17/*:: as any*/),
            (v18/*:: as any*/)
          ],
          "storageKey": null
        }
      ]
    }
  ],
  "storageKey": null
},
v20 = {
  "alias": null,
  "args": null,
  "concreteType": "Claim",
  "kind": "LinkedField",
  "name": "claims",
  "plural": true,
  "selections": [
    (v4/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "statement",
      "plural": false,
      "selections": (v10/*:: as any*/),
      "storageKey": null
    },
    (v19/*:: as any*/)
  ],
  "storageKey": null
},
v21 = {
  "alias": null,
  "args": null,
  "concreteType": "Quote",
  "kind": "LinkedField",
  "name": "quotes",
  "plural": true,
  "selections": [
    (v4/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "kind",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "text",
      "plural": false,
      "selections": (v10/*:: as any*/),
      "storageKey": null
    },
    (v19/*:: as any*/)
  ],
  "storageKey": null
},
v22 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "ExplorerOpinionsQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
        "concreteType": "Article",
        "kind": "LinkedField",
        "name": "article",
        "plural": false,
        "selections": [
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": (v5/*:: as any*/),
            "concreteType": "ExpertOpinionConnection",
            "kind": "LinkedField",
            "name": "expertOpinions",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "ExpertOpinion",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  (v14/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "expert",
                    "plural": false,
                    "selections": [
                      (v4/*:: as any*/),
                      (v7/*:: as any*/),
                      (v15/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "reportedBy",
                    "plural": false,
                    "selections": [
                      (v4/*:: as any*/),
                      (v15/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v20/*:: as any*/),
                  (v21/*:: as any*/),
                  (v19/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": "expertOpinions(first:20)"
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
      (v2/*:: as any*/),
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "ExplorerOpinionsQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
        "concreteType": "Article",
        "kind": "LinkedField",
        "name": "article",
        "plural": false,
        "selections": [
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": (v5/*:: as any*/),
            "concreteType": "ExpertOpinionConnection",
            "kind": "LinkedField",
            "name": "expertOpinions",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "ExpertOpinion",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  (v14/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "expert",
                    "plural": false,
                    "selections": [
                      (v22/*:: as any*/),
                      (v4/*:: as any*/),
                      (v7/*:: as any*/),
                      (v15/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "reportedBy",
                    "plural": false,
                    "selections": [
                      (v22/*:: as any*/),
                      (v4/*:: as any*/),
                      (v15/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v20/*:: as any*/),
                  (v21/*:: as any*/),
                  (v19/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": "expertOpinions(first:20)"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "dfefb3640807c632fb5be88770a08c08",
    "id": null,
    "metadata": {},
    "name": "ExplorerOpinionsQuery",
    "operationKind": "query",
    "text": "query ExplorerOpinionsQuery(\n  $slug: String!\n  $language: Language!\n  $gloss: Boolean = false\n) {\n  article(slug: $slug) {\n    id\n    expertOpinions(first: 20) {\n      totalCount\n      nodes {\n        id\n        slug\n        stance\n        channel\n        stanceJustification {\n          text(language: $language)\n        }\n        credential {\n          text(language: $language)\n        }\n        subject {\n          text(language: $language)\n        }\n        subjectEvent {\n          id\n          title {\n            text(language: $language)\n          }\n        }\n        expert {\n          __typename\n          id\n          slug\n          name {\n            text(language: $language)\n          }\n        }\n        reportedBy {\n          __typename\n          id\n          name {\n            text(language: $language)\n          }\n        }\n        claims {\n          id\n          statement {\n            text(language: $language)\n          }\n          evidence {\n            start\n            end\n            excerpt\n            paragraph {\n              id\n            }\n            translation @include(if: $gloss) {\n              start\n              end\n              excerpt\n            }\n          }\n        }\n        quotes {\n          id\n          kind\n          text {\n            text(language: $language)\n          }\n          evidence {\n            start\n            end\n            excerpt\n            paragraph {\n              id\n            }\n            translation @include(if: $gloss) {\n              start\n              end\n              excerpt\n            }\n          }\n        }\n        evidence {\n          start\n          end\n          excerpt\n          paragraph {\n            id\n          }\n          translation @include(if: $gloss) {\n            start\n            end\n            excerpt\n          }\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "79bd9fd54dd5b5d62cc779753d8a72e4";

export default node;
