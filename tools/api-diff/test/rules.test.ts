// One fixture pair per rule: the base spec and a copy with one edit, and what the gate must call
// the edit, for users of the generated TypeScript packages.
import { describe, expect, it } from "vitest";
import { compareSpecs } from "../src/index.mjs";
import { base, edited, ITEM, LIST, type Spec } from "./fixtures/spec.js";

type Expected = { classification: "breaking" | "non-breaking" | "annotation"; subject: string; change: RegExp; consequence?: RegExp; usedBy?: string[] };

const schemas = (spec: Spec) => spec.components.schemas;

const CASES: Array<{ rule: string; edit: (spec: Spec) => void; expected: Expected[] }> = [
  {
    rule: "renaming a response property is breaking (the old name is removed), and the report says it looks like a rename",
    edit: (spec) => {
      const properties = schemas(spec).Subscription.properties;
      properties.displayName = properties.friendlyName;
      delete properties.friendlyName;
    },
    expected: [
      { classification: "breaking", subject: "Subscription.friendlyName", change: /property removed \(renamed to `displayName`\?\)/, consequence: /reads or writes `friendlyName` no longer compiles/, usedBy: ["getSubscription", "listSubscriptions", "updateSubscription"] },
      { classification: "non-breaking", subject: "Subscription.displayName", change: /optional property added/ },
    ],
  },
  {
    rule: "adding an optional response property is non-breaking",
    edit: (spec) => {
      schemas(spec).Subscription.properties.createdDate = { type: "string", description: "When it was created." };
    },
    expected: [{ classification: "non-breaking", subject: "Subscription.createdDate", change: /optional property added/ }],
  },
  {
    rule: "adding a required response property is breaking for mock data",
    edit: (spec) => {
      schemas(spec).Subscription.properties.createdDate = { type: "string", description: "When it was created." };
      schemas(spec).Subscription.required.push("createdDate");
    },
    expected: [{ classification: "breaking", subject: "Subscription.createdDate", change: /required property added/, consequence: /mock data .* must now set `createdDate`/i }],
  },
  {
    rule: "adding a value to an open response enum (x-ms-enum modelAsString) is non-breaking",
    edit: (spec) => schemas(spec).SubscriptionStatus.enum.push("expired"),
    expected: [{ classification: "non-breaking", subject: "SubscriptionStatus", change: /"expired"` added to an open enum/ }],
  },
  {
    rule: "adding a value to a closed response enum is breaking for readers",
    edit: (spec) => schemas(spec).BillingCycle.enum.push("triennial"),
    expected: [{ classification: "breaking", subject: "BillingCycle", change: /"triennial"` added/, consequence: /exhaustive `switch`/ }],
  },
  {
    rule: "adding a value to a request-only closed enum (the filter) is non-breaking",
    edit: (spec) => schemas(spec).SimpleFieldFilter.properties.Operator.enum.push("contains"),
    expected: [{ classification: "non-breaking", subject: "SimpleFieldFilter.Operator", change: /"contains"` added/, usedBy: ["listSubscriptions"] }],
  },
  {
    rule: "removing an enum value is breaking",
    edit: (spec) => schemas(spec).BillingCycle.enum.pop(),
    expected: [{ classification: "breaking", subject: "BillingCycle", change: /"annual"` removed/ }],
  },
  {
    rule: "adding a required query parameter is breaking",
    edit: (spec) => spec.paths[LIST].get.parameters.push({ name: "offset", in: "query", required: true, description: "Index.", schema: { type: "integer" } }),
    expected: [{ classification: "breaking", subject: "listSubscriptions query parameter offset", change: /required parameter added/, consequence: /existing calls no longer compile/ }],
  },
  {
    rule: "adding an optional query parameter is non-breaking",
    edit: (spec) => spec.paths[LIST].get.parameters.push({ name: "offset", in: "query", required: false, description: "Index.", schema: { type: "integer" } }),
    expected: [{ classification: "non-breaking", subject: "listSubscriptions query parameter offset", change: /optional parameter added/ }],
  },
  {
    rule: "narrowing a type ([boolean, null] to boolean) is breaking",
    edit: (spec) => {
      schemas(spec).Subscription.properties.autoRenewEnabled.type = "boolean";
    },
    expected: [{ classification: "breaking", subject: "Subscription.autoRenewEnabled", change: /narrowed: type boolean \| null changed to boolean/ }],
  },
  {
    rule: "widening a response type (string to [string, null]) is breaking for readers",
    edit: (spec) => {
      schemas(spec).Subscription.properties.friendlyName.type = ["string", "null"];
    },
    expected: [{ classification: "breaking", subject: "Subscription.friendlyName", change: /widened/, consequence: /handle null/ }],
  },
  {
    rule: "a description or summary change is annotation-only",
    edit: (spec) => {
      schemas(spec).Subscription.properties.friendlyName.description = "The name shown in Partner Center.";
      spec.paths[LIST].get.summary = "List subscriptions";
    },
    expected: [
      { classification: "annotation", subject: "listSubscriptions", change: /summary changed/ },
      { classification: "annotation", subject: "Subscription.friendlyName", change: /description changed/ },
    ],
  },
  {
    rule: "changing an examples array or a response example is annotation-only",
    edit: (spec) => {
      schemas(spec).ResourceCollection.properties.totalCount.examples = [3];
      spec.paths[ITEM].get.responses["200"].content["application/json"].example.friendlyName = "Azure plan";
    },
    expected: [
      { classification: "annotation", subject: "getSubscription response 200", change: /example changed/ },
      { classification: "annotation", subject: "ResourceCollection.totalCount", change: /examples changed/ },
    ],
  },
  {
    rule: "a property removed from the base of an allOf collection is breaking and reaches the collection's operation",
    edit: (spec) => {
      delete schemas(spec).ResourceCollection.properties.totalCount;
    },
    expected: [{ classification: "breaking", subject: "ResourceCollection.totalCount", change: /property removed/, usedBy: ["listSubscriptions"] }],
  },
  {
    rule: "a oneOf variant added to a request-only filter is non-breaking",
    edit: (spec) => schemas(spec).FieldFilter.oneOf.push({ type: "string", description: "A raw filter." }),
    expected: [{ classification: "non-breaking", subject: "FieldFilter (oneOf[2])", change: /oneOf variant added/ }],
  },
  {
    rule: "closing an open request schema (unevaluatedProperties: false) is breaking",
    edit: (spec) => {
      schemas(spec).SubscriptionUpdate.unevaluatedProperties = false;
    },
    expected: [{ classification: "breaking", subject: "SubscriptionUpdate", change: /unevaluatedProperties: false/, usedBy: ["updateSubscription"] }],
  },
  {
    rule: "changing the schema of a content-typed query parameter is breaking",
    edit: (spec) => {
      spec.components.parameters.Filter.content["application/json"].schema = { type: "string" };
    },
    expected: [
      { classification: "breaking", subject: "parameter Filter", change: /no longer refers to `"#\/components\/schemas\/FieldFilter"`/ },
      { classification: "breaking", subject: "parameter Filter", change: /narrowed/ },
    ],
  },
  {
    rule: "replacing a property's $ref with an inline schema is breaking",
    edit: (spec) => {
      schemas(spec).Subscription.properties.billingCycle = { type: "string", description: "How often it is billed." };
    },
    expected: [
      { classification: "breaking", subject: "Subscription.billingCycle", change: /^allOf removed$/, consequence: /changes shape/ },
      { classification: "breaking", subject: "Subscription.billingCycle", change: /narrowed/ },
      // api-smart-diff compares a `$ref` with siblings as `allOf: [$ref]` plus the siblings.
      { classification: "annotation", subject: "Subscription.billingCycle", change: /description added/ },
    ],
  },
  {
    rule: "making a property readOnly is breaking (the generated property becomes readonly); dropping writeOnly is not",
    edit: (spec) => {
      schemas(spec).Subscription.properties.friendlyName.readOnly = true;
      delete schemas(spec).SubscriptionUpdate.properties.note.writeOnly;
    },
    expected: [
      { classification: "breaking", subject: "Subscription.friendlyName", change: /became readOnly/ },
      { classification: "non-breaking", subject: "SubscriptionUpdate.note", change: /writeOnly removed/ },
    ],
  },
  {
    rule: "a new operation with new schemas is non-breaking",
    edit: (spec) => {
      spec.paths["/v1/customers/{customer_id}/orders"] = {
        get: { operationId: "listOrders", summary: "List orders", responses: { "200": { description: "The orders.", content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } } } },
      };
      schemas(spec).Order = { type: "object", required: ["id"], properties: { id: { type: "string" } } };
    },
    expected: [
      { classification: "non-breaking", subject: "listOrders (GET /v1/customers/{customer_id}/orders)", change: /operation added/ },
      { classification: "non-breaking", subject: "schema Order", change: /schema added/ },
    ],
  },
  {
    rule: "removing an operation or renaming its operationId is breaking",
    edit: (spec) => {
      delete spec.paths[ITEM].patch;
      spec.paths[ITEM].get.operationId = "fetchSubscription";
    },
    expected: [
      { classification: "breaking", subject: "fetchSubscription", change: /operationId `"getSubscription"` became `"fetchSubscription"`/ },
      { classification: "breaking", subject: `updateSubscription (PATCH ${ITEM})`, change: /operation removed/ },
    ],
  },
];

describe("compareSpecs on fixture pairs", () => {
  it("finds no change between a spec and itself", () => {
    expect(compareSpecs(base(), base())).toEqual([]);
  });

  it.each(CASES)("$rule", ({ edit, expected }) => {
    const changes = compareSpecs(base(), edited(edit));
    expect(changes.map((c) => `${c.classification} ${c.subject}`).sort()).toEqual(expected.map((e) => `${e.classification} ${e.subject}`).sort());
    for (const e of expected) {
      const change = changes.find((c) => c.subject === e.subject && e.change.test(c.change));
      expect(change, `${e.subject}: ${e.change}`).toBeDefined();
      expect(change?.classification).toBe(e.classification);
      if (e.consequence) expect(change?.consequence).toMatch(e.consequence);
      if (e.usedBy) expect([...new Set(change?.uses.map((use) => use.operation))].sort()).toEqual(e.usedBy);
    }
  });

  it("reports an edit to a shared component once, with every operation that reaches it", () => {
    const changes = compareSpecs(base(), edited((spec) => schemas(spec).SubscriptionStatus.enum.pop()));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.uses.map((use) => `${use.operation} ${use.where}`).sort()).toEqual([
      "getSubscription response 200",
      "listSubscriptions response 200",
      "updateSubscription response 200",
    ]);
  });

  it("lists breaking changes first", () => {
    const changes = compareSpecs(
      base(),
      edited((spec) => {
        spec.paths[LIST].get.summary = "List subscriptions";
        schemas(spec).Subscription.properties.createdDate = { type: "string", description: "x" };
        delete schemas(spec).Subscription.properties.billingCycle;
      }),
    );
    expect(changes.map((c) => c.classification)).toEqual(["breaking", "non-breaking", "annotation"]);
  });
});
