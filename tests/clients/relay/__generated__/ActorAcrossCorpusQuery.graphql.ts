/**
 * @generated SignedSource<<b587166d9e05644ae4e297cf3462f906>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
export type DatePrecision = "DAY" | "MONTH" | "WEEK" | "YEAR" | "%future added value";
export type ActorAcrossCorpusQuery$variables = {
  first?: number | null | undefined;
  from?: string | null | undefined;
  slug: string;
  to?: string | null | undefined;
};
export type ActorAcrossCorpusQuery$data = {
  readonly actor: {
    readonly events: {
      readonly nodes: ReadonlyArray<{
        readonly article: {
          readonly id: string;
          readonly slug: string;
        };
        readonly date: {
          readonly precision: DatePrecision;
          readonly value: string;
        } | null | undefined;
        readonly id: string;
        readonly slug: string;
        readonly title: {
          readonly text: string;
        };
      }>;
      readonly totalCount: number;
    } | null | undefined;
    readonly id: string;
    readonly name: {
      readonly text: string;
    };
    readonly quotes: {
      readonly nodes: ReadonlyArray<{
        readonly article: {
          readonly id: string;
          readonly publishedOn: string;
          readonly slug: string;
        };
        readonly id: string;
        readonly slug: string;
        readonly text: {
          readonly text: string;
        };
      }>;
      readonly totalCount: number;
    } | null | undefined;
    readonly slug: string;
  } | null | undefined;
};
export type ActorAcrossCorpusQuery = {
  response: ActorAcrossCorpusQuery$data;
  variables: ActorAcrossCorpusQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": 20,
  "kind": "LocalArgument",
  "name": "first"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "from"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "slug"
},
v3 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "to"
},
v4 = [
  {
    "kind": "Variable",
    "name": "slug",
    "variableName": "slug"
  }
],
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "slug",
  "storageKey": null
},
v7 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "text",
    "storageKey": null
  }
],
v8 = {
  "alias": null,
  "args": null,
  "concreteType": "LocalizedText",
  "kind": "LinkedField",
  "name": "name",
  "plural": false,
  "selections": (v7/*:: as any*/),
  "storageKey": null
},
v9 = {
  "kind": "Variable",
  "name": "first",
  "variableName": "first"
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "totalCount",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": [
    {
      "fields": [
        {
          "kind": "Variable",
          "name": "from",
          "variableName": "from"
        },
        {
          "kind": "Variable",
          "name": "to",
          "variableName": "to"
        }
      ],
      "kind": "ObjectValue",
      "name": "filter"
    },
    (v9/*:: as any*/),
    {
      "kind": "Literal",
      "name": "orderBy",
      "value": {
        "field": "DATE"
      }
    }
  ],
  "concreteType": "EventConnection",
  "kind": "LinkedField",
  "name": "events",
  "plural": false,
  "selections": [
    (v10/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Event",
      "kind": "LinkedField",
      "name": "nodes",
      "plural": true,
      "selections": [
        (v5/*:: as any*/),
        (v6/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "LocalizedText",
          "kind": "LinkedField",
          "name": "title",
          "plural": false,
          "selections": (v7/*:: as any*/),
          "storageKey": null
        },
        {
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
            }
          ],
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Article",
          "kind": "LinkedField",
          "name": "article",
          "plural": false,
          "selections": [
            (v5/*:: as any*/),
            (v6/*:: as any*/)
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": [
    (v9/*:: as any*/),
    {
      "kind": "Literal",
      "name": "orderBy",
      "value": {
        "direction": "DESC",
        "field": "PUBLISHED"
      }
    }
  ],
  "concreteType": "QuoteConnection",
  "kind": "LinkedField",
  "name": "quotes",
  "plural": false,
  "selections": [
    (v10/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "Quote",
      "kind": "LinkedField",
      "name": "nodes",
      "plural": true,
      "selections": [
        (v5/*:: as any*/),
        (v6/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "LocalizedText",
          "kind": "LinkedField",
          "name": "text",
          "plural": false,
          "selections": (v7/*:: as any*/),
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Article",
          "kind": "LinkedField",
          "name": "article",
          "plural": false,
          "selections": [
            (v5/*:: as any*/),
            (v6/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "publishedOn",
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
    "name": "ActorAcrossCorpusQuery",
    "selections": [
      {
        "alias": null,
        "args": (v4/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "actor",
        "plural": false,
        "selections": [
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v8/*:: as any*/),
          (v11/*:: as any*/),
          (v12/*:: as any*/)
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
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v3/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "ActorAcrossCorpusQuery",
    "selections": [
      {
        "alias": null,
        "args": (v4/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "actor",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v8/*:: as any*/),
          (v11/*:: as any*/),
          (v12/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "4e115c8c587c1ac9466a25c4375f9687",
    "id": null,
    "metadata": {},
    "name": "ActorAcrossCorpusQuery",
    "operationKind": "query",
    "text": "query ActorAcrossCorpusQuery(\n  $slug: String!\n  $first: Int = 20\n  $from: Date\n  $to: Date\n) {\n  actor(slug: $slug) {\n    __typename\n    id\n    slug\n    name {\n      text\n    }\n    events(filter: {from: $from, to: $to}, orderBy: {field: DATE}, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        title {\n          text\n        }\n        date {\n          value\n          precision\n        }\n        article {\n          id\n          slug\n        }\n      }\n    }\n    quotes(orderBy: {field: PUBLISHED, direction: DESC}, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        text {\n          text\n        }\n        article {\n          id\n          slug\n          publishedOn\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "39a1534386a0d7f3990b04a06050d4b4";

export default node;
