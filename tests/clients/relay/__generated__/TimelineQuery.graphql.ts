/**
 * @generated SignedSource<<07c4c0c2a19fe18ad7bccd94a92f6408>>
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
export type TimelinePlacement = "DATED" | "RELATIVE" | "UNPLACED" | "%future added value";
export type TimelineQuery$variables = {
  slug: string;
};
export type TimelineQuery$data = {
  readonly article: {
    readonly id: string;
    readonly slug: string;
    readonly timeline: ReadonlyArray<{
      readonly earliest: string | null | undefined;
      readonly event: {
        readonly date: {
          readonly basis: {
            readonly text: string;
          } | null | undefined;
          readonly bound: DateBound;
          readonly isInferred: boolean;
          readonly precision: DatePrecision;
          readonly value: string;
        } | null | undefined;
        readonly duration: string | null | undefined;
        readonly id: string;
        readonly kind: EventKind;
        readonly outgoingRelations: ReadonlyArray<{
          readonly id: string;
          readonly kind: EventRelationKind;
          readonly note: {
            readonly text: string;
          } | null | undefined;
          readonly target: {
            readonly id: string;
            readonly slug: string;
          };
        }>;
        readonly participants: ReadonlyArray<{
          readonly actor: {
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
        readonly slug: string;
        readonly status: EventStatus;
        readonly title: {
          readonly text: string;
        };
      };
      readonly latest: string | null | undefined;
      readonly placement: TimelinePlacement;
      readonly position: number;
    }>;
  } | null | undefined;
};
export type TimelineQuery = {
  response: TimelineQuery$data;
  variables: TimelineQuery$variables;
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
  "name": "position",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "placement",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "earliest",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "latest",
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
  "name": "status",
  "storageKey": null
},
v10 = [
  {
    "alias": null,
    "args": null,
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
  "name": "title",
  "plural": false,
  "selections": (v10/*:: as any*/),
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
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "basis",
      "plural": false,
      "selections": (v10/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "duration",
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v10/*:: as any*/),
  "storageKey": null
},
v15 = [
  (v2/*:: as any*/),
  (v3/*:: as any*/),
  (v14/*:: as any*/)
],
v16 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "roles",
  "storageKey": null
},
v17 = {
  "alias": null,
  "args": null,
  "concreteType": "EventRelation",
  "kind": "LinkedField",
  "name": "outgoingRelations",
  "plural": true,
  "selections": [
    (v2/*:: as any*/),
    (v8/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Event",
      "kind": "LinkedField",
      "name": "target",
      "plural": false,
      "selections": [
        (v2/*:: as any*/),
        (v3/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "note",
      "plural": false,
      "selections": (v10/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v18 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "__typename",
    "storageKey": null
  },
  (v2/*:: as any*/),
  (v3/*:: as any*/),
  (v14/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "TimelineQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "Article",
        "kind": "LinkedField",
        "name": "article",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "TimelineEntry",
            "kind": "LinkedField",
            "name": "timeline",
            "plural": true,
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Event",
                "kind": "LinkedField",
                "name": "event",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "place",
                    "plural": false,
                    "selections": (v15/*:: as any*/),
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "EventParticipant",
                    "kind": "LinkedField",
                    "name": "participants",
                    "plural": true,
                    "selections": [
                      (v16/*:: as any*/),
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
                    "storageKey": null
                  },
                  (v17/*:: as any*/)
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "TimelineQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "Article",
        "kind": "LinkedField",
        "name": "article",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "TimelineEntry",
            "kind": "LinkedField",
            "name": "timeline",
            "plural": true,
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Event",
                "kind": "LinkedField",
                "name": "event",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v8/*:: as any*/),
                  (v9/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "place",
                    "plural": false,
                    "selections": (v18/*:: as any*/),
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "EventParticipant",
                    "kind": "LinkedField",
                    "name": "participants",
                    "plural": true,
                    "selections": [
                      (v16/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "actor",
                        "plural": false,
                        "selections": (v18/*:: as any*/),
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  },
                  (v17/*:: as any*/)
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
    "cacheID": "cd5f5c283d387a39bbedcc8360d08e35",
    "id": null,
    "metadata": {},
    "name": "TimelineQuery",
    "operationKind": "query",
    "text": "query TimelineQuery(\n  $slug: String!\n) {\n  article(slug: $slug) {\n    id\n    slug\n    timeline {\n      position\n      placement\n      earliest\n      latest\n      event {\n        id\n        slug\n        kind\n        status\n        title {\n          text\n        }\n        date {\n          value\n          precision\n          bound\n          isInferred\n          basis {\n            text\n          }\n        }\n        duration\n        place {\n          __typename\n          id\n          slug\n          name {\n            text\n          }\n        }\n        participants {\n          roles\n          actor {\n            __typename\n            id\n            slug\n            name {\n              text\n            }\n          }\n        }\n        outgoingRelations {\n          id\n          kind\n          target {\n            id\n            slug\n          }\n          note {\n            text\n          }\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "51c2587a5b485b7f0b35e91a60ceae96";

export default node;
