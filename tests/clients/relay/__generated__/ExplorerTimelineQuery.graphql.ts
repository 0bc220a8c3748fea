/**
 * @generated SignedSource<<2f78e3b653ada8f69b40e7f99807d57b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type AttributionKind = "AKHBAR_READING" | "ARTICLE" | "NAMED_SOURCE" | "UNNAMED_SOURCE" | "%future added value";
export type DateBound = "APPROXIMATE" | "EXACT" | "NOT_EARLIER_THAN" | "NOT_LATER_THAN" | "%future added value";
export type DatePrecision = "DAY" | "MONTH" | "WEEK" | "YEAR" | "%future added value";
export type EventKind = "CEASEFIRE" | "COMMUNICATION" | "DEADLINE" | "DEMAND" | "DIPLOMATIC_MISSION" | "MEDIA_COVERAGE" | "MEETING" | "PEACE_AGREEMENT" | "SANCTIONS" | "STATEMENT" | "TAKING_OFFICE" | "TALKS" | "TARIFFS" | "VISIT" | "WAR" | "%future added value";
export type EventRelationKind = "AIMS_AT" | "ALTERNATIVE_TO" | "CAUSE_OF" | "CONDITION_OF" | "CONFLICTS_WITH" | "FOLLOWS_UP" | "PART_OF" | "PRECEDES" | "RESPONSE_TO" | "%future added value";
export type EventStatus = "EXPECTED" | "OCCURRED" | "ONGOING" | "PROPOSED" | "SOUGHT" | "SPECULATED" | "THREATENED" | "%future added value";
export type Language = "AR" | "EN" | "%future added value";
export type ParticipantRole = "CONDITIONAL_PARTY" | "ENVOY" | "HOST" | "INITIATOR" | "PARTICIPANT" | "RECIPIENT" | "REPORTER" | "SUBJECT" | "TARGET" | "VISITOR" | "%future added value";
export type TimelinePlacement = "DATED" | "RELATIVE" | "UNPLACED" | "%future added value";
export type ExplorerTimelineQuery$variables = {
  gloss?: boolean | null | undefined;
  language: Language;
  slug: string;
};
export type ExplorerTimelineQuery$data = {
  readonly article: {
    readonly id: string;
    readonly publishedOn: string;
    readonly timeline: ReadonlyArray<{
      readonly earliest: string | null | undefined;
      readonly event: {
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
          };
          readonly start: number;
          readonly translation?: {
            readonly end: number;
            readonly excerpt: string;
            readonly start: number;
          } | null | undefined;
        }>;
        readonly id: string;
        readonly incomingRelations: ReadonlyArray<{
          readonly attribution: {
            readonly kind: AttributionKind;
          };
          readonly id: string;
          readonly kind: EventRelationKind;
          readonly note: {
            readonly text: string;
          } | null | undefined;
          readonly source: {
            readonly id: string;
          };
        }>;
        readonly kind: EventKind;
        readonly note: {
          readonly text: string;
        } | null | undefined;
        readonly outgoingRelations: ReadonlyArray<{
          readonly attribution: {
            readonly kind: AttributionKind;
          };
          readonly id: string;
          readonly kind: EventRelationKind;
          readonly note: {
            readonly text: string;
          } | null | undefined;
          readonly target: {
            readonly id: string;
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
        readonly summary: {
          readonly text: string;
        };
        readonly title: {
          readonly text: string;
        };
      };
      readonly latest: string | null | undefined;
      readonly placedBy: ReadonlyArray<{
        readonly id: string;
        readonly kind: EventRelationKind;
        readonly source: {
          readonly id: string;
        };
        readonly target: {
          readonly id: string;
        };
      }>;
      readonly placement: TimelinePlacement;
      readonly position: number;
    }>;
  } | null | undefined;
};
export type ExplorerTimelineQuery = {
  response: ExplorerTimelineQuery$data;
  variables: ExplorerTimelineQuery$variables;
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
  "name": "position",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "placement",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "earliest",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "latest",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v11 = [
  (v4/*:: as any*/)
],
v12 = {
  "alias": null,
  "args": null,
  "concreteType": "Event",
  "kind": "LinkedField",
  "name": "source",
  "plural": false,
  "selections": (v11/*:: as any*/),
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "concreteType": "Event",
  "kind": "LinkedField",
  "name": "target",
  "plural": false,
  "selections": (v11/*:: as any*/),
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "concreteType": "EventRelation",
  "kind": "LinkedField",
  "name": "placedBy",
  "plural": true,
  "selections": [
    (v4/*:: as any*/),
    (v10/*:: as any*/),
    (v12/*:: as any*/),
    (v13/*:: as any*/)
  ],
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v17 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "count",
  "storageKey": null
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "duration",
  "storageKey": null
},
v19 = [
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
v20 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "title",
  "plural": false,
  "selections": (v19/*:: as any*/),
  "storageKey": null
},
v21 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "summary",
  "plural": false,
  "selections": (v19/*:: as any*/),
  "storageKey": null
},
v22 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "note",
  "plural": false,
  "selections": (v19/*:: as any*/),
  "storageKey": null
},
v23 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v19/*:: as any*/),
  "storageKey": null
},
v24 = [
  (v4/*:: as any*/),
  (v23/*:: as any*/)
],
v25 = {
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
    (v8/*:: as any*/),
    (v9/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "LocalizedText",
      "kind": "LinkedField",
      "name": "basis",
      "plural": false,
      "selections": (v19/*:: as any*/),
      "storageKey": null
    }
  ],
  "storageKey": null
},
v26 = [
  (v4/*:: as any*/),
  (v15/*:: as any*/),
  (v23/*:: as any*/)
],
v27 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "roles",
  "storageKey": null
},
v28 = {
  "alias": null,
  "args": null,
  "concreteType": "Attribution",
  "kind": "LinkedField",
  "name": "attribution",
  "plural": false,
  "selections": [
    (v10/*:: as any*/)
  ],
  "storageKey": null
},
v29 = {
  "alias": null,
  "args": null,
  "concreteType": "EventRelation",
  "kind": "LinkedField",
  "name": "outgoingRelations",
  "plural": true,
  "selections": [
    (v4/*:: as any*/),
    (v10/*:: as any*/),
    (v13/*:: as any*/),
    (v22/*:: as any*/),
    (v28/*:: as any*/)
  ],
  "storageKey": null
},
v30 = {
  "alias": null,
  "args": null,
  "concreteType": "EventRelation",
  "kind": "LinkedField",
  "name": "incomingRelations",
  "plural": true,
  "selections": [
    (v4/*:: as any*/),
    (v10/*:: as any*/),
    (v12/*:: as any*/),
    (v22/*:: as any*/),
    (v28/*:: as any*/)
  ],
  "storageKey": null
},
v31 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "start",
  "storageKey": null
},
v32 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "end",
  "storageKey": null
},
v33 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "excerpt",
  "storageKey": null
},
v34 = {
  "alias": null,
  "args": null,
  "concreteType": "SourceSpan",
  "kind": "LinkedField",
  "name": "evidence",
  "plural": true,
  "selections": [
    (v31/*:: as any*/),
    (v32/*:: as any*/),
    (v33/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Paragraph",
      "kind": "LinkedField",
      "name": "paragraph",
      "plural": false,
      "selections": (v11/*:: as any*/),
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
            (v31/*:: as any*/),
            (v32/*:: as any*/),
            (v33/*:: as any*/)
          ],
          "storageKey": null
        }
      ]
    }
  ],
  "storageKey": null
},
v35 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v36 = [
  (v35/*:: as any*/),
  (v4/*:: as any*/),
  (v23/*:: as any*/)
],
v37 = [
  (v35/*:: as any*/),
  (v4/*:: as any*/),
  (v15/*:: as any*/),
  (v23/*:: as any*/)
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
    "name": "ExplorerTimelineQuery",
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
          (v5/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "TimelineEntry",
            "kind": "LinkedField",
            "name": "timeline",
            "plural": true,
            "selections": [
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/),
              (v14/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Event",
                "kind": "LinkedField",
                "name": "event",
                "plural": false,
                "selections": [
                  (v4/*:: as any*/),
                  (v15/*:: as any*/),
                  (v10/*:: as any*/),
                  (v16/*:: as any*/),
                  (v17/*:: as any*/),
                  (v18/*:: as any*/),
                  (v20/*:: as any*/),
                  (v21/*:: as any*/),
                  (v22/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Attribution",
                    "kind": "LinkedField",
                    "name": "attribution",
                    "plural": false,
                    "selections": [
                      (v10/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "source",
                        "plural": false,
                        "selections": (v24/*:: as any*/),
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "via",
                        "plural": false,
                        "selections": (v24/*:: as any*/),
                        "storageKey": null
                      },
                      (v22/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v25/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "place",
                    "plural": false,
                    "selections": (v26/*:: as any*/),
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
                      (v27/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "actor",
                        "plural": false,
                        "selections": (v26/*:: as any*/),
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  },
                  (v29/*:: as any*/),
                  (v30/*:: as any*/),
                  (v34/*:: as any*/)
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
      (v2/*:: as any*/),
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "ExplorerTimelineQuery",
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
          (v5/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "TimelineEntry",
            "kind": "LinkedField",
            "name": "timeline",
            "plural": true,
            "selections": [
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/),
              (v14/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Event",
                "kind": "LinkedField",
                "name": "event",
                "plural": false,
                "selections": [
                  (v4/*:: as any*/),
                  (v15/*:: as any*/),
                  (v10/*:: as any*/),
                  (v16/*:: as any*/),
                  (v17/*:: as any*/),
                  (v18/*:: as any*/),
                  (v20/*:: as any*/),
                  (v21/*:: as any*/),
                  (v22/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Attribution",
                    "kind": "LinkedField",
                    "name": "attribution",
                    "plural": false,
                    "selections": [
                      (v10/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "source",
                        "plural": false,
                        "selections": (v36/*:: as any*/),
                        "storageKey": null
                      },
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "via",
                        "plural": false,
                        "selections": (v36/*:: as any*/),
                        "storageKey": null
                      },
                      (v22/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v25/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": null,
                    "kind": "LinkedField",
                    "name": "place",
                    "plural": false,
                    "selections": (v37/*:: as any*/),
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
                      (v27/*:: as any*/),
                      {
                        "alias": null,
                        "args": null,
                        "concreteType": null,
                        "kind": "LinkedField",
                        "name": "actor",
                        "plural": false,
                        "selections": (v37/*:: as any*/),
                        "storageKey": null
                      }
                    ],
                    "storageKey": null
                  },
                  (v29/*:: as any*/),
                  (v30/*:: as any*/),
                  (v34/*:: as any*/)
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
    "cacheID": "d5a1a8a6d590b9a6a50d73e81a5941d4",
    "id": null,
    "metadata": {},
    "name": "ExplorerTimelineQuery",
    "operationKind": "query",
    "text": "query ExplorerTimelineQuery(\n  $slug: String!\n  $language: Language!\n  $gloss: Boolean = false\n) {\n  article(slug: $slug) {\n    id\n    publishedOn\n    timeline {\n      position\n      placement\n      earliest\n      latest\n      placedBy {\n        id\n        kind\n        source {\n          id\n        }\n        target {\n          id\n        }\n      }\n      event {\n        id\n        slug\n        kind\n        status\n        count\n        duration\n        title {\n          text(language: $language)\n        }\n        summary {\n          text(language: $language)\n        }\n        note {\n          text(language: $language)\n        }\n        attribution {\n          kind\n          source {\n            __typename\n            id\n            name {\n              text(language: $language)\n            }\n          }\n          via {\n            __typename\n            id\n            name {\n              text(language: $language)\n            }\n          }\n          note {\n            text(language: $language)\n          }\n        }\n        date {\n          value\n          precision\n          bound\n          isInferred\n          earliest\n          latest\n          basis {\n            text(language: $language)\n          }\n        }\n        place {\n          __typename\n          id\n          slug\n          name {\n            text(language: $language)\n          }\n        }\n        participants {\n          roles\n          actor {\n            __typename\n            id\n            slug\n            name {\n              text(language: $language)\n            }\n          }\n        }\n        outgoingRelations {\n          id\n          kind\n          target {\n            id\n          }\n          note {\n            text(language: $language)\n          }\n          attribution {\n            kind\n          }\n        }\n        incomingRelations {\n          id\n          kind\n          source {\n            id\n          }\n          note {\n            text(language: $language)\n          }\n          attribution {\n            kind\n          }\n        }\n        evidence {\n          start\n          end\n          excerpt\n          paragraph {\n            id\n          }\n          translation @include(if: $gloss) {\n            start\n            end\n            excerpt\n          }\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "7293e23bd51b2268f89dc1cf59cc83a3";

export default node;
