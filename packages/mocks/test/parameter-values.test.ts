// Query and header values are strings on the wire; the mock reads them by their schema's type
// before validating them. The schemas here are the bundled spec's own (an integer, a boolean, an
// array of strings) put behind parameters the way an operation declares them.
import { describe, expect, it } from "vitest";
import { readParameterValue } from "../src/pipeline/parameter-values.js";
import { readParameters } from "../src/pipeline/validate-request.js";
import { builtInSpec } from "../src/spec/built-in.js";
import type { MockOperation, MockParameter } from "../src/spec/operations.js";

const { spec } = builtInSpec();

const INTEGER = "#/components/schemas/ResourceCollection/properties/totalCount"; // integer, int32
const BOOLEAN = "#/components/schemas/ServiceIncidentDetail/properties/resolved";
const STRINGS = "#/components/schemas/Customer/properties/customDomains"; // array of strings
const FILTER = "#/components/schemas/FieldFilter";

const parameter = (name: string, where: MockParameter["in"], schemaPointer: string, extra: Partial<MockParameter> = {}): MockParameter => ({
  name,
  in: where,
  required: false,
  style: "schema",
  explode: where === "query",
  schemaPointer,
  ...extra,
});
const check = (parameters: MockParameter[], query = "", headers: Record<string, string> = {}) => {
  const operation = { operationId: "readThings", method: "GET", pathTemplate: "/v1/things", parameters } as unknown as MockOperation;
  const reading = readParameters(spec, operation, { method: "GET", path: "/v1/things", query: new URLSearchParams(query), headers: new Headers(headers), body: undefined }, {});
  return reading.ok ? undefined : reading.problem;
};

describe("reading parameters by their schema's type", () => {
  it("reads an integer query parameter as an integer: size=2 is valid, size=two and size=2.5 are not", () => {
    const size = [parameter("size", "query", INTEGER)];
    expect(check(size, "?size=2")).toBeUndefined();
    expect(check(size, "?size=-7")).toBeUndefined();
    expect(check(size, "?size=two")).toEqual({ code: 800002, description: 'Invalid request input: query parameter size must be of type integer (got "two").' });
    expect(check(size, "?size=2.5")?.description).toMatch(/^Invalid request input: query parameter size must be of type integer \(got 2.5\)/);
    expect(check(size, "?size=4294967296")?.description).toMatch(/must match format "int32"/);
  });

  it("reads booleans and numbers in headers too", () => {
    const headers = [parameter("X-Resolved", "header", BOOLEAN), parameter("X-Count", "header", INTEGER)];
    expect(check(headers, "", { "X-Resolved": "true", "X-Count": "12" })).toBeUndefined();
    expect(check(headers, "", { "X-Resolved": "yes" })?.description).toBe('Invalid request input: header X-Resolved must be of type boolean (got "yes").');
  });

  it("reads an array from repeated query parameters (explode) and from one comma-separated header", () => {
    expect(check([parameter("domain", "query", STRINGS)], "?domain=a.example&domain=b.example")).toBeUndefined();
    expect(check([parameter("X-Domains", "header", STRINGS)], "", { "X-Domains": "a.example,b.example" })).toBeUndefined();
    expect(readParameterValue(spec, ["a.example", "b.example"], { type: "array", items: { type: "string" } }, true)).toEqual(["a.example", "b.example"]);
    expect(readParameterValue(spec, ["1,2,3"], { type: "array", items: { type: "integer" } }, false)).toEqual([1, 2, 3]);
    expect(readParameterValue(spec, ["1", "x"], { type: "array", items: { type: "integer" } }, true)).toEqual([1, "x"]);
  });

  it("leaves strings as strings, spells enum values as the schema does, and reads anyOf by its branches", () => {
    expect(readParameterValue(spec, ["616122292874576"], { type: "string" }, true)).toBe("616122292874576");
    expect(readParameterValue(spec, ["Open"], { type: "string", enum: ["open", "closed"] }, true)).toBe("open");
    const nameOrOrdinal = { anyOf: [{ type: "string", enum: ["equals", "not_equals"] }, { type: "integer" }] };
    expect(readParameterValue(spec, ["1"], nameOrOrdinal, true)).toBe(1);
    expect(readParameterValue(spec, ["NOT_EQUALS"], nameOrOrdinal, true)).toBe("not_equals");
    expect(readParameterValue(spec, [], { type: "integer" }, true)).toBeUndefined();
  });
});

describe("required parameters", () => {
  it("enforces a required JSON-valued (content) query parameter", () => {
    const filter = [parameter("filter", "query", FILTER, { required: true, style: "json" })];
    expect(check(filter)).toEqual({ code: 800002, description: "Invalid request input: query parameter filter is required." });
    expect(check(filter, `?filter=${encodeURIComponent('{"Field":"Resolved","Value":"false","Operator":"equals"}')}`)).toBeUndefined();
  });

  it("enforces required schema parameters, and lets optional ones be absent", () => {
    expect(check([parameter("size", "query", INTEGER, { required: true })])?.description).toBe("Invalid request input: query parameter size is required.");
    expect(check([parameter("size", "query", INTEGER)])).toBeUndefined();
  });
});
