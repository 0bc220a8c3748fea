/**
 * @generated SignedSource<<6ba2e21172cfed499b8e377e48a3932a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type DateBound = "APPROXIMATE" | "EXACT" | "NOT_EARLIER_THAN" | "NOT_LATER_THAN" | "%future added value";
export type DatePrecision = "DAY" | "MONTH" | "WEEK" | "YEAR" | "%future added value";
export type EventKind = "CEASEFIRE" | "COMMUNICATION" | "DEADLINE" | "DEMAND" | "DIPLOMATIC_MISSION" | "MEDIA_COVERAGE" | "MEETING" | "PEACE_AGREEMENT" | "SANCTIONS" | "STATEMENT" | "TAKING_OFFICE" | "TALKS" | "TARIFFS" | "VISIT" | "WAR" | "%future added value";
export type EventRelationKind = "AIMS_AT" | "ALTERNATIVE_TO" | "CAUSE_OF" | "CONDITION_OF" | "CONFLICTS_WITH" | "FOLLOWS_UP" | "PART_OF" | "PRECEDES" | "RESPONSE_TO" | "%future added value";
export type EventStatus = "EXPECTED" | "OCCURRED" | "ONGOING" | "PROPOSED" | "SOUGHT" | "SPECULATED" | "THREATENED" | "%future added value";
export type ParticipantRole = "CONDITIONAL_PARTY" | "ENVOY" | "HOST" | "INITIATOR" | "PARTICIPANT" | "RECIPIENT" | "REPORTER" | "SUBJECT" | "TARGET" | "VISITOR" | "%future added value";
export type Stance = "MIXED" | "NEGATIVE" | "NEUTRAL" | "POSITIVE" | "SKEPTICAL" | "%future added value";
export type EventDetailQuery$variables = {
  slug: string;
};
export type EventDetailQuery$data = {
  readonly event: {
    readonly claims: ReadonlyArray<{
      readonly claimant: {
        readonly id: string;
        readonly slug: string;
      };
      readonly id: string;
      readonly slug: string;
      readonly statement: {
        readonly text: string;
      };
    }>;
    readonly count: number | null | undefined;
    readonly date: {
      readonly basis: {
        readonly text: string;
      } | null | undefined;
      readonly bound: DateBound;
      readonly earliest: string;
      readonly isInferred: boolean;
      readonly latest: string;
      readonly precision: DatePrecision;
      readonly value: string;
    } | null | undefined;
    readonly duration: string | null | undefined;
    readonly evidence: ReadonlyArray<{
      readonly end: number;
      readonly excerpt: string;
      readonly paragraph: {
        readonly id: string;
        readonly slug: string;
      };
      readonly start: number;
    }>;
    readonly expertOpinions: ReadonlyArray<{
      readonly id: string;
      readonly slug: string;
      readonly stance: Stance;
    }>;
    readonly id: string;
    readonly incomingRelations: ReadonlyArray<{
      readonly id: string;
      readonly kind: EventRelationKind;
      readonly source: {
        readonly id: string;
        readonly slug: string;
      };
    }>;
    readonly kind: EventKind;
    readonly note: {
      readonly text: string;
    } | null | undefined;
    readonly outgoingRelations: ReadonlyArray<{
      readonly id: string;
      readonly kind: EventRelationKind;
      readonly target: {
        readonly id: string;
        readonly slug: string;
      };
    }>;
    readonly participants: ReadonlyArray<{
      readonly actor: {
        readonly __typename: string;
        readonly id: string;
        readonly name: {
          readonly text: string;
        };
        readonly slug: string;
      };
      readonly roles: ReadonlyArray<ParticipantRole>;
    }>;
    readonly place: {
      readonly id: string;
      readonly name: {
        readonly text: string;
      };
      readonly slug: string;
    } | null | undefined;
    readonly quotes: ReadonlyArray<{
      readonly id: string;
      readonly slug: string;
      readonly speaker: {
        readonly id: string;
        readonly slug: string;
      };
      readonly text: {
        readonly text: string;
      };
    }>;
    readonly relatedEvents: ReadonlyArray<{
      readonly id: string;
      readonly slug: string;
      readonly title: {
        readonly text: string;
      };
    }>;
    readonly slug: string;
    readonly status: EventStatus;
    readonly summary: {
      readonly text: string;
    };
    readonly title: {
      readonly text: string;
    };
  } | null | undefined;
};
export type EventDetailQuery = {
  response: EventDetailQuery$data;
  variables: EventDetailQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "slug"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "slug",
    "variableName": "slug"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v6 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "text",
    "storageKey": null
  }
],
v7 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "title",
  "plural": false,
  "selections": (v6/*:: as any*/),
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "summary",
  "plural": false,
  "selections": (v6/*:: as any*/),
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "note",
  "plural": false,
  "selections": (v6/*:: as any*/),
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "count",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "duration",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "concreteType": "PartialDate",
  "kind": "LinkedField",
  "name": "date",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "value",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "precision",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "bound",
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
      "kind": "ScalarField",
      "name": "earliest",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "latest",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "basis",
      "plural": false,
      "selections": (v6/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v6/*:: as any*/),
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "concreteType": "EventParticipant",
  "kind": "LinkedField",
  "name": "participants",
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
      "concreteType": null,
      "kind": "LinkedField",
      "name": "actor",
      "plural": false,
      "selections": [
        (v2/*:: as any*/),
        (v14/*:: as any*/),
        (v3/*:: as any*/),
        (v13/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "concreteType": "Event",
  "kind": "LinkedField",
  "name": "relatedEvents",
  "plural": true,
  "selections": [
    (v2/*:: as any*/),
    (v3/*:: as any*/),
    (v7/*:: as any*/)
  ],
  "storageKey": null
},
v17 = [
  (v2/*:: as any*/),
  (v3/*:: as any*/)
],
v18 = {
  "alias": null,
  "args": null,
  "concreteType": "EventRelation",
  "kind": "LinkedField",
  "name": "incomingRelations",
  "plural": true,
  "selections": [
    (v2/*:: as any*/),
    (v4/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Event",
      "kind": "LinkedField",
      "name": "source",
      "plural": false,
      "selections": (v17/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v19 = {
  "alias": null,
  "args": null,
  "concreteType": "EventRelation",
  "kind": "LinkedField",
  "name": "outgoingRelations",
  "plural": true,
  "selections": [
    (v2/*:: as any*/),
    (v4/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Event",
      "kind": "LinkedField",
      "name": "target",
      "plural": false,
      "selections": (v17/*:: as any*/),
      "storageKey": null
    }
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
  "selections": (v6/*:: as any*/),
  "storageKey": null
},
v21 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "statement",
  "plural": false,
  "selections": (v6/*:: as any*/),
  "storageKey": null
},
v22 = {
  "alias": null,
  "args": null,
  "concreteType": "ExpertOpinion",
  "kind": "LinkedField",
  "name": "expertOpinions",
  "plural": true,
  "selections": [
    (v2/*:: as any*/),
    (v3/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "stance",
      "storageKey": null
    }
  ],
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
      "selections": (v17/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v24 = [
  (v14/*:: as any*/),
  (v2/*:: as any*/),
  (v3/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "EventDetailQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "Event",
        "kind": "LinkedField",
        "name": "event",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          (v9/*:: as any*/),
          (v10/*:: as any*/),
          (v11/*:: as any*/),
          (v12/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "place",
            "plural": false,
            "selections": [
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v13/*:: as any*/)
            ],
            "storageKey": null
          },
          (v15/*:: as any*/),
          (v16/*:: as any*/),
          (v18/*:: as any*/),
          (v19/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Quote",
            "kind": "LinkedField",
            "name": "quotes",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v3/*:: as any*/),
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
              (v20/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Claim",
            "kind": "LinkedField",
            "name": "claims",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v3/*:: as any*/),
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
              (v21/*:: as any*/)
            ],
            "storageKey": null
          },
          (v22/*:: as any*/),
          (v23/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "EventDetailQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "Event",
        "kind": "LinkedField",
        "name": "event",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          (v9/*:: as any*/),
          (v10/*:: as any*/),
          (v11/*:: as any*/),
          (v12/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": null,
            "kind": "LinkedField",
            "name": "place",
            "plural": false,
            "selections": [
              (v14/*:: as any*/),
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v13/*:: as any*/)
            ],
            "storageKey": null
          },
          (v15/*:: as any*/),
          (v16/*:: as any*/),
          (v18/*:: as any*/),
          (v19/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Quote",
            "kind": "LinkedField",
            "name": "quotes",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "speaker",
                "plural": false,
                "selections": (v24/*:: as any*/),
                "storageKey": null
              },
              (v20/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Claim",
            "kind": "LinkedField",
            "name": "claims",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": null,
                "kind": "LinkedField",
                "name": "claimant",
                "plural": false,
                "selections": (v24/*:: as any*/),
                "storageKey": null
              },
              (v21/*:: as any*/)
            ],
            "storageKey": null
          },
          (v22/*:: as any*/),
          (v23/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "9ad2333afe04f0cc338f5d08d3f3a163",
    "id": null,
    "metadata": {},
    "name": "EventDetailQuery",
    "operationKind": "query",
    "text": "query EventDetailQuery(\n  $slug: String!\n) {\n  event(slug: $slug) {\n    id\n    slug\n    kind\n    status\n    title {\n      text\n    }\n    summary {\n      text\n    }\n    note {\n      text\n    }\n    count\n    duration\n    date {\n      value\n      precision\n      bound\n      isInferred\n      earliest\n      latest\n      basis {\n        text\n      }\n    }\n    place {\n      __typename\n      id\n      slug\n      name {\n        text\n      }\n    }\n    participants {\n      roles\n      actor {\n        id\n        __typename\n        slug\n        name {\n          text\n        }\n      }\n    }\n    relatedEvents {\n      id\n      slug\n      title {\n        text\n      }\n    }\n    incomingRelations {\n      id\n      kind\n      source {\n        id\n        slug\n      }\n    }\n    outgoingRelations {\n      id\n      kind\n      target {\n        id\n        slug\n      }\n    }\n    quotes {\n      id\n      slug\n      speaker {\n        __typename\n        id\n        slug\n      }\n      text {\n        text\n      }\n    }\n    claims {\n      id\n      slug\n      claimant {\n        __typename\n        id\n        slug\n      }\n      statement {\n        text\n      }\n    }\n    expertOpinions {\n      id\n      slug\n      stance\n    }\n    evidence {\n      start\n      end\n      excerpt\n      paragraph {\n        id\n        slug\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "0ef8764a6ae8765818355b8b1861d03b";

export default node;
