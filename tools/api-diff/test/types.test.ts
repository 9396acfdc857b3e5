// Type tests of the gate's verdicts: generate types from a fixture pair exactly as
// @partnercenter/types does (openapi-typescript with its GENERATOR_OPTIONS), compile a consumer's
// code against the "before" types (it must compile) and the "after" types: a change the gate calls
// non-breaking must leave it compiling, a breaking one must stop it compiling.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { compareSpecs } from "../src/index.mjs";
import { base, edited, LIST, type Spec } from "./fixtures/spec.js";

// The generator's own options, so these types are the ones the published package has.
const typesPackage = path.dirname(fileURLToPath(import.meta.resolve("@partnercenter/types/package.json")));
const { GENERATOR_OPTIONS } = (await import(pathToFileURL(path.join(typesPackage, "scripts/generate.mjs")).href)) as { GENERATOR_OPTIONS: Record<string, unknown> };

const generate = async (spec: Spec) => astToString(await openapiTS(structuredClone(spec), GENERATOR_OPTIONS as never));

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
  skipLibCheck: true,
};
const host = ts.createCompilerHost(OPTIONS);
const libraryFiles = new Map<string, ts.SourceFile | undefined>();

/** Compiles `consumer` against generated `schema` in memory; returns the consumer's errors. */
function compile(schema: string, consumer: string): string[] {
  const files: Record<string, string> = { "/virtual/schema.ts": schema, "/virtual/consumer.ts": consumer };
  const program = ts.createProgram(["/virtual/consumer.ts"], OPTIONS, {
    ...host,
    fileExists: (name) => name in files || host.fileExists(name),
    directoryExists: (name) => name === "/virtual" || (host.directoryExists?.(name) ?? false),
    realpath: (name) => name,
    readFile: (name) => files[name] ?? host.readFile(name),
    getSourceFile: (name, version) => {
      const text = files[name];
      if (text !== undefined) return ts.createSourceFile(name, text, version);
      if (!libraryFiles.has(name)) libraryFiles.set(name, host.getSourceFile(name, version));
      return libraryFiles.get(name);
    },
  });
  // Only the consumer's own diagnostics (the generated file and the libraries are not under test),
  // which also spares checking every library file on each compile.
  const consumerFile = program.getSourceFile("/virtual/consumer.ts");
  return [...program.getSyntacticDiagnostics(consumerFile), ...program.getSemanticDiagnostics(consumerFile)].map(
    (d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
  );
}

const CONSUMER_IMPORTS = `import type { Subscription, operations } from "./schema.js";\n`;

/** Code a partner writes against the packages: reads responses, builds requests and mock data. */
const CASES: Array<{ name: string; edit: (spec: Spec) => void; consumer: string; verdict: "breaking" | "non-breaking" | "annotation"; error?: RegExp }> = [
  {
    name: "renaming a response property",
    edit: (spec) => {
      const properties = spec.components.schemas.Subscription.properties;
      properties.displayName = properties.friendlyName;
      delete properties.friendlyName;
    },
    consumer: `export const title = (subscription: Subscription): string => subscription.friendlyName ?? subscription.id;`,
    verdict: "breaking",
    error: /Property 'friendlyName' does not exist/,
  },
  {
    name: "adding an optional response property",
    edit: (spec) => {
      spec.components.schemas.Subscription.properties.createdDate = { type: "string", description: "When it was created." };
    },
    consumer: `
      export const title = (subscription: Subscription): string => subscription.friendlyName ?? subscription.id;
      export const seed: Subscription[] = [{ id: "a4c1340d", status: "active", friendlyName: "Business Basic", autoRenewEnabled: null }];`,
    verdict: "non-breaking",
  },
  {
    name: "adding a value to an open response enum (x-ms-enum modelAsString)",
    edit: (spec) => spec.components.schemas.SubscriptionStatus.enum.push("expired"),
    consumer: `
      export function label(status: Subscription["status"]): string {
        switch (status) {
          case "active": return "Active";
          case "suspended": return "Suspended";
          default: return String(status);
        }
      }
      export const seed: Subscription = { id: "a4c1340d", status: "suspended" };`,
    verdict: "non-breaking",
  },
  {
    name: "adding a value to a closed response enum",
    edit: (spec) => spec.components.schemas.BillingCycle.enum.push("triennial"),
    consumer: `
      export function months(cycle: NonNullable<Subscription["billingCycle"]>): number {
        switch (cycle) {
          case "monthly": return 1;
          case "annual": return 12;
          default: { const unreachable: never = cycle; return unreachable; }
        }
      }`,
    verdict: "breaking",
    error: /Type '"triennial"' is not assignable to type 'never'/,
  },
  {
    name: "adding a required query parameter",
    edit: (spec) => spec.paths[LIST].get.parameters.push({ name: "offset", in: "query", required: true, description: "Index.", schema: { type: "integer" } }),
    consumer: `export const request: operations["listSubscriptions"]["parameters"] = { path: { customer_id: "4d2d4d7a" }, query: { size: 10 } };`,
    verdict: "breaking",
    error: /Property 'offset' is missing/,
  },
  {
    name: "adding an optional query parameter",
    edit: (spec) => spec.paths[LIST].get.parameters.push({ name: "offset", in: "query", required: false, description: "Index.", schema: { type: "integer" } }),
    consumer: `export const request: operations["listSubscriptions"]["parameters"] = { path: { customer_id: "4d2d4d7a" }, query: { size: 10 } };`,
    verdict: "non-breaking",
  },
  {
    name: "narrowing a response type ([boolean, null] to boolean)",
    edit: (spec) => {
      spec.components.schemas.Subscription.properties.autoRenewEnabled.type = "boolean";
    },
    consumer: `export const seed: Subscription = { id: "a4c1340d", status: "active", autoRenewEnabled: null };`,
    verdict: "breaking",
    error: /Type 'null' is not assignable to type 'boolean/,
  },
  {
    name: "changing descriptions and examples",
    edit: (spec) => {
      spec.components.schemas.Subscription.properties.friendlyName.description = "The name shown in Partner Center.";
      spec.components.schemas.Subscription.properties.friendlyName.examples = ["Azure plan"];
    },
    consumer: `export const title = (subscription: Subscription): string => subscription.friendlyName ?? subscription.id;`,
    verdict: "annotation",
  },
];

let before: string;
beforeAll(async () => {
  before = await generate(base());
});

describe("a consumer compiled against the types before and after each change", () => {
  it.each(CASES)("$name: the gate says $verdict, and the compiler agrees", async ({ edit, consumer, verdict, error }) => {
    const after = edited(edit);
    const verdicts = new Set(compareSpecs(base(), after).map((change) => change.classification));
    expect(verdicts.has(verdict)).toBe(true);
    if (verdict !== "breaking") expect(verdicts.has("breaking")).toBe(false);

    const code = CONSUMER_IMPORTS + consumer;
    expect(compile(before, code)).toEqual([]);
    const errors = compile(await generate(after), code);
    if (verdict === "breaking") {
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join("\n")).toMatch(error ?? /./);
    } else {
      expect(errors).toEqual([]);
    }
  });
});
