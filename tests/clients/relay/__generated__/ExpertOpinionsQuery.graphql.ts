/**
 * @generated SignedSource<<271040bf12fbe7fc59d5ce5361f9afed>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type Channel = "INTERVIEW" | "MEDIA_REPORT" | "NEWS_AGENCY" | "OFFICIAL_STATEMENT" | "SOCIAL_MEDIA" | "UNSPECIFIED" | "%future added value";
export type QuoteKind = "DIRECT" | "REPORTED" | "%future added value";
export type Stance = "MIXED" | "NEGATIVE" | "NEUTRAL" | "POSITIVE" | "SKEPTICAL" | "%future added value";
export type ExpertOpinionsQuery$variables = Record<PropertyKey, never>;
export type ExpertOpinionsQuery$data = {
  readonly expertOpinions: {
    readonly nodes: ReadonlyArray<{
      readonly channel: Channel;
      readonly claims: ReadonlyArray<{
        readonly evidence: ReadonlyArray<{
          readonly excerpt: string;
        }>;
        readonly id: string;
        readonly slug: string;
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
          readonly slug: string;
        };
        readonly start: number;
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
        readonly slug: string;
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
        readonly slug: string;
        readonly title: {
          readonly text: string;
        };
      } | null | undefined;
    }>;
    readonly totalCount: number;
  } | null | undefined;
};
export type ExpertOpinionsQuery = {
  response: ExpertOpinionsQuery$data;
  variables: ExpertOpinionsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "totalCount",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "stance",
  "storageKey": null
},
v4 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "text",
    "storageKey": null
  }
],
v5 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "stanceJustification",
  "plural": false,
  "selections": (v4/*:: as any*/),
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "credential",
  "plural": false,
  "selections": (v4/*:: as any*/),
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "channel",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v4/*:: as any*/),
  "storageKey": null
},
v9 = [
  (v1/*:: as any*/),
  (v2/*:: as any*/),
  (v8/*:: as any*/)
],
v10 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "subject",
  "plural": false,
  "selections": (v4/*:: as any*/),
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "concreteType": "Event",
  "kind": "LinkedField",
  "name": "subjectEvent",
  "plural": false,
  "selections": [
    (v1/*:: as any*/),
    (v2/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "title",
      "plural": false,
      "selections": (v4/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "excerpt",
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "concreteType": "Claim",
  "kind": "LinkedField",
  "name": "claims",
  "plural": true,
  "selections": [
    (v1/*:: as any*/),
    (v2/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "statement",
      "plural": false,
      "selections": (v4/*:: as any*/),
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "SourceSpan",
      "kind": "LinkedField",
      "name": "evidence",
      "plural": true,
      "selections": [
        (v12/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "concreteType": "Quote",
  "kind": "LinkedField",
  "name": "quotes",
  "plural": true,
  "selections": [
    (v1/*:: as any*/),
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
      "selections": (v4/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "concreteType": "SourceSpan",
  "kind": "LinkedField",
  "name": "evidence",
  "plural": true,
  "selections": [
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
    },
    (v12/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Paragraph",
      "kind": "LinkedField",
      "name": "paragraph",
      "plural": false,
      "selections": [
        (v1/*:: as any*/),
        (v2/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v16 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "__typename",
    "storageKey": null
  },
  (v1/*:: as any*/),
  (v2/*:: as any*/),
  (v8/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ExpertOpinionsQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "ExpertOpinionConnection",
        "kind": "LinkedField",
        "name": "expertOpinions",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "ExpertOpinion",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "reportedBy",
                "plural": false,
                "selections": (v9/*:: as any*/),
                "storageKey": null
              },
              (v10/*:: as any*/),
              (v11/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "expert",
                "plural": false,
                "selections": (v9/*:: as any*/),
                "storageKey": null
              },
              (v13/*:: as any*/),
              (v14/*:: as any*/),
              (v15/*:: as any*/)
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
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ExpertOpinionsQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "ExpertOpinionConnection",
        "kind": "LinkedField",
        "name": "expertOpinions",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "ExpertOpinion",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "reportedBy",
                "plural": false,
                "selections": (v16/*:: as any*/),
                "storageKey": null
              },
              (v10/*:: as any*/),
              (v11/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "expert",
                "plural": false,
                "selections": (v16/*:: as any*/),
                "storageKey": null
              },
              (v13/*:: as any*/),
              (v14/*:: as any*/),
              (v15/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "fb912be7c81826cd0d33d9e28e328525",
    "id": null,
    "metadata": {},
    "name": "ExpertOpinionsQuery",
    "operationKind": "query",
    "text": "query ExpertOpinionsQuery {\n  expertOpinions {\n    totalCount\n    nodes {\n      id\n      slug\n      stance\n      stanceJustification {\n        text\n      }\n      credential {\n        text\n      }\n      channel\n      reportedBy {\n        __typename\n        id\n        slug\n        name {\n          text\n        }\n      }\n      subject {\n        text\n      }\n      subjectEvent {\n        id\n        slug\n        title {\n          text\n        }\n      }\n      expert {\n        __typename\n        id\n        slug\n        name {\n          text\n        }\n      }\n      claims {\n        id\n        slug\n        statement {\n          text\n        }\n        evidence {\n          excerpt\n        }\n      }\n      quotes {\n        id\n        kind\n        text {\n          text\n        }\n      }\n      evidence {\n        start\n        end\n        excerpt\n        paragraph {\n          id\n          slug\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "18be9d6c647e7ce693124c38e3c9c43c";

export default node;
