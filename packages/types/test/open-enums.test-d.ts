// Open response enums (`x-ms-enum: { modelAsString: true }` in the spec, see openapi/README.md):
// a value Microsoft adds later is not a type error, and the known values stay visible to the
// editor and to narrowing. Enums that only appear in requests stay closed.
import { describe, expectTypeOf, it } from "vitest";
import type { operations, Product, ProductTypeId, ServiceRequestUpdate, Subscription, SubscriptionStatus } from "../src/index.js";

/** The literal members of a string union: what an editor offers; `string & {}` left out. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;

type BillingTypeQuery = NonNullable<NonNullable<operations["listOrders"]["parameters"]["query"]>["billingType"]>;

describe("open response enums", () => {
  it("accept a value the spec does not list yet", () => {
    const added: SubscriptionStatus = "transferred";
    const newProductType: ProductTypeId = "Hardware";
    const subscription: Subscription = { status: "migrated" };
    expectTypeOf(added).toMatchTypeOf<SubscriptionStatus>();
    expectTypeOf(newProductType).toMatchTypeOf<ProductTypeId>();
    expectTypeOf(subscription.status).toEqualTypeOf<SubscriptionStatus | undefined>();
  });

  it("keep every known value as its own literal", () => {
    expectTypeOf<Extract<SubscriptionStatus, "active">>().toEqualTypeOf<"active">();
    expectTypeOf<KnownValues<SubscriptionStatus>>().toEqualTypeOf<"none" | "active" | "suspended" | "deleted" | "expired" | "pending" | "disabled">();
    expectTypeOf<KnownValues<ProductTypeId>>().toEqualTypeOf<"Azure" | "OnlineServices" | "Software">();
    // Through an optional field too (`Exclude<T, undefined>`: TypeScript's `NonNullable`, which
    // is `T & {}`, folds the literals into `string & {}`).
    expectTypeOf<KnownValues<Exclude<Exclude<Product["productType"], undefined>["id"], undefined>>>().toEqualTypeOf<"Azure" | "OnlineServices" | "Software">();
  });

  it("are not plain `string`", () => {
    expectTypeOf<SubscriptionStatus>().not.toEqualTypeOf<string>();
    expectTypeOf<ProductTypeId>().not.toEqualTypeOf<string>();
  });
});

describe("request-only enums stay closed", () => {
  it("a query parameter's enum (listOrders `billingType`) refuses a value the spec does not list", () => {
    expectTypeOf<BillingTypeQuery>().toEqualTypeOf<"monthly" | "annual" | "none" | "onetime">();
    // @ts-expect-error not a billing type the spec lists
    const quarterly: BillingTypeQuery = "quarterly";
    void quarterly;
  });

  it("a request schema's enum (ServiceRequestUpdate `status`) refuses a value the spec does not list", () => {
    expectTypeOf<NonNullable<ServiceRequestUpdate["status"]>>().toEqualTypeOf<"open" | "closed" | "attention_needed">();
    // @ts-expect-error "none" is the SDK's "not set" placeholder, not a status to set
    const none: ServiceRequestUpdate = { status: "none" };
    // @ts-expect-error not a status the spec lists
    const reopened: ServiceRequestUpdate = { status: "reopened" };
    void none;
    void reopened;
  });
});
