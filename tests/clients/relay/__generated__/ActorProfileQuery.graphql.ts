/**
 * @generated SignedSource<<844c9ad6487efd48ae2839e0b1c01510>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type ActorKind = "GROUP" | "ORGANIZATION" | "PERSON" | "PLACE" | "%future added value";
export type Channel = "INTERVIEW" | "MEDIA_REPORT" | "NEWS_AGENCY" | "OFFICIAL_STATEMENT" | "SOCIAL_MEDIA" | "UNSPECIFIED" | "%future added value";
export type EventStatus = "EXPECTED" | "OCCURRED" | "ONGOING" | "PROPOSED" | "SOUGHT" | "SPECULATED" | "THREATENED" | "%future added value";
export type ParticipantRole = "CONDITIONAL_PARTY" | "ENVOY" | "HOST" | "INITIATOR" | "PARTICIPANT" | "RECIPIENT" | "REPORTER" | "SUBJECT" | "TARGET" | "VISITOR" | "%future added value";
export type QuoteKind = "DIRECT" | "REPORTED" | "%future added value";
export type Stance = "MIXED" | "NEGATIVE" | "NEUTRAL" | "POSITIVE" | "SKEPTICAL" | "%future added value";
export type ActorProfileQuery$variables = {
  first?: number | null | undefined;
  slug: string;
};
export type ActorProfileQuery$data = {
  readonly actor: {
    readonly __typename: string;
    readonly aliases: ReadonlyArray<{
      readonly ar: string | null | undefined;
      readonly en: string | null | undefined;
    }>;
    readonly claims: {
      readonly nodes: ReadonlyArray<{
        readonly id: string;
        readonly statement: {
          readonly text: string;
        };
      }>;
      readonly totalCount: number;
    } | null | undefined;
    readonly description: {
      readonly text: string;
    };
    readonly expertOpinions: {
      readonly nodes: ReadonlyArray<{
        readonly id: string;
        readonly stance: Stance;
        readonly subject: {
          readonly text: string;
        };
      }>;
    } | null | undefined;
    readonly id: string;
    readonly kind: ActorKind;
    readonly mentionCount: number;
    readonly name: {
      readonly ar: string;
      readonly en: string;
      readonly text: string;
    };
    readonly participations: {
      readonly nodes: ReadonlyArray<{
        readonly event: {
          readonly id: string;
          readonly slug: string;
          readonly status: EventStatus;
          readonly title: {
            readonly text: string;
          };
        };
        readonly roles: ReadonlyArray<ParticipantRole>;
      }>;
      readonly totalCount: number;
    } | null | undefined;
    readonly quotes: {
      readonly nodes: ReadonlyArray<{
        readonly channel: Channel;
        readonly evidence: ReadonlyArray<{
          readonly excerpt: string;
        }>;
        readonly id: string;
        readonly kind: QuoteKind;
        readonly reportedBy: {
          readonly id: string;
          readonly slug: string;
        } | null | undefined;
        readonly text: {
          readonly text: string;
        };
      }>;
      readonly totalCount: number;
    } | null | undefined;
    readonly roles: ReadonlyArray<{
      readonly country: {
        readonly id: string;
        readonly slug: string;
      } | null | undefined;
      readonly id: string;
      readonly organization: {
        readonly id: string;
        readonly slug: string;
      } | null | undefined;
      readonly title: {
        readonly text: string;
      };
    }>;
    readonly slug: string;
  } | null | undefined;
};
export type ActorProfileQuery = {
  response: ActorProfileQuery$data;
  variables: ActorProfileQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": 10,
  "kind": "LocalArgument",
  "name": "first"
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
  "name": "__typename",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "text",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "ar",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "en",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": [
    (v7/*:: as any*/),
    (v8/*:: as any*/),
    (v9/*:: as any*/)
  ],
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "concreteType": "Alias",
  "kind": "LinkedField",
  "name": "aliases",
  "plural": true,
  "selections": [
    (v8/*:: as any*/),
    (v9/*:: as any*/)
  ],
  "storageKey": null
},
v12 = [
  (v7/*:: as any*/)
],
v13 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "description",
  "plural": false,
  "selections": (v12/*:: as any*/),
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "mentionCount",
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "title",
  "plural": false,
  "selections": (v12/*:: as any*/),
  "storageKey": null
},
v16 = [
  (v3/*:: as any*/),
  (v5/*:: as any*/)
],
v17 = {
  "alias": null,
  "args": null,
  "concreteType": "Place",
  "kind": "LinkedField",
  "name": "country",
  "plural": false,
  "selections": (v16/*:: as any*/),
  "storageKey": null
},
v18 = [
  {
    "kind": "Variable",
    "name": "first",
    "variableName": "first"
  }
],
v19 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "totalCount",
  "storageKey": null
},
v20 = {
  "alias": null,
  "args": (v18/*:: as any*/),
  "concreteType": "EventParticipantConnection",
  "kind": "LinkedField",
  "name": "participations",
  "plural": false,
  "selections": [
    (v19/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "EventParticipant",
      "kind": "LinkedField",
      "name": "nodes",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "roles",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Event",
          "kind": "LinkedField",
          "name": "event",
          "plural": false,
          "selections": [
            (v3/*:: as any*/),
            (v5/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "status",
              "storageKey": null
            },
            (v15/*:: as any*/)
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v21 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "channel",
  "storageKey": null
},
v22 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "text",
  "plural": false,
  "selections": (v12/*:: as any*/),
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
v24 = {
  "alias": null,
  "args": (v18/*:: as any*/),
  "concreteType": "ClaimConnection",
  "kind": "LinkedField",
  "name": "claims",
  "plural": false,
  "selections": [
    (v19/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Claim",
      "kind": "LinkedField",
      "name": "nodes",
      "plural": true,
      "selections": [
        (v3/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "LocalizedText",
          "kind": "LinkedField",
          "name": "statement",
          "plural": false,
          "selections": (v12/*:: as any*/),
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v25 = {
  "alias": null,
  "args": (v18/*:: as any*/),
  "concreteType": "ExpertOpinionConnection",
  "kind": "LinkedField",
  "name": "expertOpinions",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "ExpertOpinion",
      "kind": "LinkedField",
      "name": "nodes",
      "plural": true,
      "selections": [
        (v3/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "stance",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "LocalizedText",
          "kind": "LinkedField",
          "name": "subject",
          "plural": false,
          "selections": (v12/*:: as any*/),
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v26 = [
  (v4/*:: as any*/),
  (v3/*:: as any*/),
  (v5/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "ActorProfileQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "actor",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v10/*:: as any*/),
          (v11/*:: as any*/),
          (v13/*:: as any*/),
          (v14/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Role",
            "kind": "LinkedField",
            "name": "roles",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v15/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "organization",
                "plural": false,
                "selections": (v16/*:: as any*/),
                "storageKey": null
              },
              (v17/*:: as any*/)
            ],
            "storageKey": null
          },
          (v20/*:: as any*/),
          {
            "alias": null,
            "args": (v18/*:: as any*/),
            "concreteType": "QuoteConnection",
            "kind": "LinkedField",
            "name": "quotes",
            "plural": false,
            "selections": [
              (v19/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Quote",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  (v6/*:: as any*/),
                  (v21/*:: as any*/),
                  (v22/*:: as any*/),
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
                  (v23/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v24/*:: as any*/),
          (v25/*:: as any*/)
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
    "name": "ActorProfileQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "actor",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v10/*:: as any*/),
          (v11/*:: as any*/),
          (v13/*:: as any*/),
          (v14/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Role",
            "kind": "LinkedField",
            "name": "roles",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v15/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "organization",
                "plural": false,
                "selections": (v26/*:: as any*/),
                "storageKey": null
              },
              (v17/*:: as any*/)
            ],
            "storageKey": null
          },
          (v20/*:: as any*/),
          {
            "alias": null,
            "args": (v18/*:: as any*/),
            "concreteType": "QuoteConnection",
            "kind": "LinkedField",
            "name": "quotes",
            "plural": false,
            "selections": [
              (v19/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Quote",
                "kind": "LinkedField",
                "name": "nodes",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  (v6/*:: as any*/),
                  (v21/*:: as any*/),
                  (v22/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "reportedBy",
                    "plural": false,
                    "selections": (v26/*:: as any*/),
                    "storageKey": null
                  },
                  (v23/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v24/*:: as any*/),
          (v25/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "fdc7f93065dde46c87e1a97cc00b02d8",
    "id": null,
    "metadata": {},
    "name": "ActorProfileQuery",
    "operationKind": "query",
    "text": "query ActorProfileQuery(\n  $slug: String!\n  $first: Int = 10\n) {\n  actor(slug: $slug) {\n    id\n    __typename\n    slug\n    kind\n    name {\n      text\n      ar\n      en\n    }\n    aliases {\n      ar\n      en\n    }\n    description {\n      text\n    }\n    mentionCount\n    roles {\n      id\n      title {\n        text\n      }\n      organization {\n        __typename\n        id\n        slug\n      }\n      country {\n        id\n        slug\n      }\n    }\n    participations(first: $first) {\n      totalCount\n      nodes {\n        roles\n        event {\n          id\n          slug\n          status\n          title {\n            text\n          }\n        }\n      }\n    }\n    quotes(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        channel\n        text {\n          text\n        }\n        reportedBy {\n          __typename\n          id\n          slug\n        }\n        evidence {\n          excerpt\n        }\n      }\n    }\n    claims(first: $first) {\n      totalCount\n      nodes {\n        id\n        statement {\n          text\n        }\n      }\n    }\n    expertOpinions(first: $first) {\n      nodes {\n        id\n        stance\n        subject {\n          text\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f9d4cd479b02f57cdea5abfc7f46d8fb";

export default node;
