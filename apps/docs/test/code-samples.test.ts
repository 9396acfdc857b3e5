// The generated code samples read like hand-written code: short values on one line, long ones
// spread one entry a line, nothing past the width a reader sees without scrolling sideways.
import { describe, expect, it } from "vitest";
import { call, generateSample, literal, variableName, WIDTH } from "../scripts/code-samples.mjs";
import { listOperations } from "@partnercenter/openapi/operations";
import { readBundledSpec } from "./spec-operations.js";

describe("literal", () => {
  it("keeps a value that fits on one line, with spaces inside the braces", () => {
    expect(literal({ query: { size: 40 } })).toBe("{ query: { size: 40 } }");
    expect(literal({ "MS-RequestId": "a", list: [1, 2], none: {}, empty: [] })).toBe('{ "MS-RequestId": "a", list: [1, 2], none: {}, empty: [] }');
  });

  it("spreads a value that does not fit one entry a line, and keeps short entries on one line", () => {
    const long = "x".repeat(WIDTH);
    expect(literal({ lineItems: [{ id: 0, quantity: 5 }], note: long })).toBe(`{\n  lineItems: [{ id: 0, quantity: 5 }],\n  note: "${long}",\n}`);
  });

  it("counts the column it starts at and what follows it", () => {
    const value = { text: "y".repeat(WIDTH - 12) }; // `{ text: "…" }` is exactly WIDTH wide
    expect(literal(value)).not.toContain("\n");
    expect(literal(value, "", ",")).toContain("\n");
    expect(literal(value, "  ")).toContain("\n");
  });
});

describe("call", () => {
  it("writes the arguments on one line when the call fits", () => {
    expect(call("const order = await getOrder", ["partnerCenter", '"c"', '"o"'], ";")).toBe('const order = await getOrder(partnerCenter, "c", "o");');
  });

  it("spreads only a last object argument when the line does not fit", () => {
    const body = { companyProfile: { domain: "contosoretail.onmicrosoft.com" }, billingProfile: { email: "avery@contosoretail.onmicrosoft.com" } };
    expect(call("const customer = await createCustomer", ["partnerCenter", body], ";")).toBe(
      [
        "const customer = await createCustomer(partnerCenter, {",
        '  companyProfile: { domain: "contosoretail.onmicrosoft.com" },',
        '  billingProfile: { email: "avery@contosoretail.onmicrosoft.com" },',
        "});",
      ].join("\n"),
    );
  });

  it("puts one argument a line when even the first line would be too long", () => {
    const id = `"${"4".repeat(36)}"`;
    expect(call("const role = await addDirectoryRoleMember", ["partnerCenter", id, id, { id: "u" }], ";")).toBe(
      ["const role = await addDirectoryRoleMember(", "  partnerCenter,", `  ${id},`, `  ${id},`, '  { id: "u" },', ");"].join("\n"),
    );
  });
});

describe("variableName", () => {
  it.each([
    ["Customer", "customer"],
    ["CustomerUser", "user"],
    ["AddressValidationResponse", "validation"],
    ["CartCheckoutResult", "checkout"],
    ["SubscriptionProvisioningStatus", "provisioningStatus"],
    ["UnbilledInvoiceLineItem", "lineItem"],
    ["ServiceIncidentDetail", "incident"],
    [undefined, "result"],
  ])("names a %s %s", (typeName, expected) => {
    expect(variableName(typeName, "result")).toBe(expected);
  });
});

describe("the generated sample of every operation in the bundled spec", () => {
  const spec = readBundledSpec();
  it.each(listOperations(spec).map((op) => [op.operationId, op] as const))("%s keeps within the width", (_, op) => {
    const source = generateSample(spec, op);
    // A line may run over only when it holds one value that cannot be broken (a long string).
    const over = source.split("\n").filter((line) => line.length > WIDTH && !/^\s*(\w+: )?"[^"]*",?$/.test(line));
    expect(over).toEqual([]);
  });
});
