/**
 * @generated SignedSource<<a42df465f31ab378a83ea3a86ee6e3bf>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type AssertionLevel = "FACT" | "FORECAST" | "OPINION" | "%future added value";
export type AttributionKind = "AKHBAR_READING" | "ARTICLE" | "NAMED_SOURCE" | "UNNAMED_SOURCE" | "%future added value";
export type Channel = "INTERVIEW" | "MEDIA_REPORT" | "NEWS_AGENCY" | "OFFICIAL_STATEMENT" | "SOCIAL_MEDIA" | "UNSPECIFIED" | "%future added value";
export type Language = "AR" | "EN" | "%future added value";
export type QuoteKind = "DIRECT" | "REPORTED" | "%future added value";
export type SpokenLanguage = "AR" | "EN" | "RU" | "UNKNOWN" | "%future added value";
export type TextDirection = "LTR" | "RTL" | "%future added value";
export type ExplorerStatementsQuery$variables = {
  gloss?: boolean | null | undefined;
  language: Language;
  slug: string;
};
export type ExplorerStatementsQuery$data = {
  readonly article: {
    readonly claims: {
      readonly nodes: ReadonlyArray<{
        readonly aboutActors: ReadonlyArray<{
          readonly id: string;
        }>;
        readonly aboutEvents: ReadonlyArray<{
          readonly id: string;
        }>;
        readonly attribution: {
          readonly kind: AttributionKind;
          readonly note: {
            readonly text: string;
          } | null | undefined;
          readonly source: {
            readonly id: string;
            readonly name: {
              readonly text: string;
            };
          } | null | undefined;
          readonly via: {
            readonly id: string;
            readonly name: {
              readonly text: string;
            };
          } | null | undefined;
        };
        readonly claimant: {
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
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
        readonly id: string;
        readonly level: AssertionLevel;
        readonly quotes: ReadonlyArray<{
          readonly id: string;
        }>;
        readonly slug: string;
        readonly statement: {
          readonly text: string;
        };
      }>;
      readonly totalCount: number;
    } | null | undefined;
    readonly id: string;
    readonly quotes: {
      readonly nodes: ReadonlyArray<{
        readonly about: ReadonlyArray<{
          readonly id: string;
        }>;
        readonly channel: Channel;
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
        readonly isEnglishTranslated: boolean;
        readonly kind: QuoteKind;
        readonly originalLanguage: {
          readonly basis: {
            readonly text: string;
          };
          readonly isInferred: boolean;
          readonly language: SpokenLanguage;
        };
        readonly reportedBy: {
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
        } | null | undefined;
        readonly slug: string;
        readonly speaker: {
          readonly id: string;
          readonly name: {
            readonly text: string;
          };
        };
        readonly text: {
          readonly direction: TextDirection;
          readonly text: string;
        };
      }>;
      readonly totalCount: number;
    } | null | undefined;
  } | null | undefined;
};
export type ExplorerStatementsQuery = {
  response: ExplorerStatementsQuery$data;
  variables: ExplorerStatementsQuery$variables;
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
    "value": 100
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
  "name": "kind",
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
    "kind": "Variable",
    "name": "language",
    "variableName": "language"
  }
],
v11 = {
  "alias": null,
  "args": (v10/*:: as any*/),
  "kind": "ScalarField",
  "name": "text",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "text",
  "plural": false,
  "selections": [
    (v11/*:: as any*/),
    {
      "alias": null,
      "args": (v10/*:: as any*/),
      "kind": "ScalarField",
      "name": "direction",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "isEnglishTranslated",
  "storageKey": null
},
v14 = [
  (v11/*:: as any*/)
],
v15 = {
  "alias": null,
  "args": null,
  "concreteType": "OriginalLanguage",
  "kind": "LinkedField",
  "name": "originalLanguage",
  "plural": false,
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
      "name": "isInferred",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "basis",
      "plural": false,
      "selections": (v14/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v14/*:: as any*/),
  "storageKey": null
},
v17 = [
  (v4/*:: as any*/),
  (v16/*:: as any*/)
],
v18 = [
  (v4/*:: as any*/)
],
v19 = {
  "alias": null,
  "args": null,
  "concreteType": "Event",
  "kind": "LinkedField",
  "name": "about",
  "plural": true,
  "selections": (v18/*:: as any*/),
  "storageKey": null
},
v20 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "start",
  "storageKey": null
},
v21 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "end",
  "storageKey": null
},
v22 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "excerpt",
  "storageKey": null
},
v23 = {
  "alias": null,
  "args": null,
  "concreteType": "SourceSpan",
  "kind": "LinkedField",
  "name": "evidence",
  "plural": true,
  "selections": [
    (v20/*:: as any*/),
    (v21/*:: as any*/),
    (v22/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Paragraph",
      "kind": "LinkedField",
      "name": "paragraph",
      "plural": false,
      "selections": (v18/*:: as any*/),
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
            (v20/*:: as any*/),
            (v21/*:: as any*/),
            (v22/*:: as any*/)
          ],
          "storageKey": null
        }
      ]
    }
  ],
  "storageKey": null
},
v24 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "statement",
  "plural": false,
  "selections": (v14/*:: as any*/),
  "storageKey": null
},
v25 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "level",
  "storageKey": null
},
v26 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "note",
  "plural": false,
  "selections": (v14/*:: as any*/),
  "storageKey": null
},
v27 = {
  "alias": null,
  "args": null,
  "concreteType": "Event",
  "kind": "LinkedField",
  "name": "aboutEvents",
  "plural": true,
  "selections": (v18/*:: as any*/),
  "storageKey": null
},
v28 = {
  "alias": null,
  "args": null,
  "concreteType": "Quote",
  "kind": "LinkedField",
  "name": "quotes",
  "plural": true,
  "selections": (v18/*:: as any*/),
  "storageKey": null
},
v29 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v30 = [
  (v29/*:: as any*/),
  (v4/*:: as any*/),
  (v16/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "ExplorerStatementsQuery",
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
            "concreteType": "QuoteConnection",
            "kind": "LinkedField",
            "name": "quotes",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Quote",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  (v15/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "speaker",
                    "plural": false,
                    "selections": (v17/*:: as any*/),
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "reportedBy",
                    "plural": false,
                    "selections": (v17/*:: as any*/),
                    "storageKey": null
                  },
                  (v19/*:: as any*/),
                  (v23/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": "quotes(first:100)"
          },
          {
            "alias": null,
            "args": (v5/*:: as any*/),
            "concreteType": "ClaimConnection",
            "kind": "LinkedField",
            "name": "claims",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Claim",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v24/*:: as any*/),
                  (v25/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Attribution",
                    "kind": "LinkedField",
                    "name": "attribution",
                    "plural": false,
                    "selections": [
                      (v8/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "source",
                        "plural": false,
                        "selections": (v17/*:: as any*/),
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "via",
                        "plural": false,
                        "selections": (v17/*:: as any*/),
                        "storageKey": null
                      },
                      (v26/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "claimant",
                    "plural": false,
                    "selections": (v17/*:: as any*/),
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "aboutActors",
                    "plural": true,
                    "selections": (v18/*:: as any*/),
                    "storageKey": null
                  },
                  (v27/*:: as any*/),
                  (v28/*:: as any*/),
                  (v23/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": "claims(first:100)"
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
    "name": "ExplorerStatementsQuery",
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
            "concreteType": "QuoteConnection",
            "kind": "LinkedField",
            "name": "quotes",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Quote",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  (v15/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "speaker",
                    "plural": false,
                    "selections": (v30/*:: as any*/),
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "reportedBy",
                    "plural": false,
                    "selections": (v30/*:: as any*/),
                    "storageKey": null
                  },
                  (v19/*:: as any*/),
                  (v23/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": "quotes(first:100)"
          },
          {
            "alias": null,
            "args": (v5/*:: as any*/),
            "concreteType": "ClaimConnection",
            "kind": "LinkedField",
            "name": "claims",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Claim",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v4/*:: as any*/),
                  (v7/*:: as any*/),
                  (v24/*:: as any*/),
                  (v25/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Attribution",
                    "kind": "LinkedField",
                    "name": "attribution",
                    "plural": false,
                    "selections": [
                      (v8/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "source",
                        "plural": false,
                        "selections": (v30/*:: as any*/),
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "via",
                        "plural": false,
                        "selections": (v30/*:: as any*/),
                        "storageKey": null
                      },
                      (v26/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "claimant",
                    "plural": false,
                    "selections": (v30/*:: as any*/),
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "aboutActors",
                    "plural": true,
                    "selections": [
                      (v29/*:: as any*/),
                      (v4/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v27/*:: as any*/),
                  (v28/*:: as any*/),
                  (v23/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": "claims(first:100)"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "097125f338f6065e1044ed60a2e2838d",
    "id": null,
    "metadata": {},
    "name": "ExplorerStatementsQuery",
    "operationKind": "query",
    "text": "query ExplorerStatementsQuery(\n  $slug: String!\n  $language: Language!\n  $gloss: Boolean = false\n) {\n  article(slug: $slug) {\n    id\n    quotes(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        kind\n        channel\n        text {\n          text(language: $language)\n          direction(language: $language)\n        }\n        isEnglishTranslated\n        originalLanguage {\n          language\n          isInferred\n          basis {\n            text(language: $language)\n          }\n        }\n        speaker {\n          __typename\n          id\n          name {\n            text(language: $language)\n          }\n        }\n        reportedBy {\n          __typename\n          id\n          name {\n            text(language: $language)\n          }\n        }\n        about {\n          id\n        }\n        evidence {\n          start\n          end\n          excerpt\n          paragraph {\n            id\n          }\n          translation @include(if: $gloss) {\n            start\n            end\n            excerpt\n          }\n        }\n      }\n    }\n    claims(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        statement {\n          text(language: $language)\n        }\n        level\n        attribution {\n          kind\n          source {\n            __typename\n            id\n            name {\n              text(language: $language)\n            }\n          }\n          via {\n            __typename\n            id\n            name {\n              text(language: $language)\n            }\n          }\n          note {\n            text(language: $language)\n          }\n        }\n        claimant {\n          __typename\n          id\n          name {\n            text(language: $language)\n          }\n        }\n        aboutActors {\n          __typename\n          id\n        }\n        aboutEvents {\n          id\n        }\n        quotes {\n          id\n        }\n        evidence {\n          start\n          end\n          excerpt\n          paragraph {\n            id\n          }\n          translation @include(if: $gloss) {\n            start\n            end\n            excerpt\n          }\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "70ac9564fd96af6657a0760393181198";

export default node;
