// Drift between the spec and the code that calls it is a compile error, not a surprise at run
// time: the spec is edited in memory (a path parameter renamed, a 200 schema changed, an
// operation removed), the types and the operation functions are generated from each edited copy
// by the real generators, and code written the way a partner writes it is compiled against each
// copy with the TypeScript compiler. One program holds every copy, so the files they share (lib,
// openapi-fetch, the client's own src/) are parsed once.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateOperations } from "../scripts/generate-operations.mjs";

const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const srcDir = path.join(packageDir, "src");
const specFile = require.resolve("@partnercenter/openapi/openapi.json");
// The types package's generator options (named schema exports, open enums), reached through the
// package rather than a relative path across packages.
const typesGenerator = pathToFileURL(path.join(path.dirname(require.resolve("@partnercenter/types/package.json")), "scripts/generate.mjs")).href;

/** The parts of the bundled document the edits touch. */
type Spec = { paths: Record<string, Record<string, unknown>>; components: { parameters: Record<string, { name: string }> } };
type Variant = "unchanged" | "renamedPathParameter" | "changedSuccessSchema" | "removedOperation";
const VARIANTS: readonly Variant[] = ["unchanged", "renamedPathParameter", "changedSuccessSchema", "removedOperation"];

const CUSTOMER_PATH = "/v1/customers/{customer_id}";
const RENAMED_PATH = "/v1/customers/{customer_tenant_id}";
const MANAGED_SERVICES_PATH = "/v1/customers/{customer_id}/managedservices";
const OTHER_SCHEMA = "ManagedServiceCollection";

/** The bundled spec with one edit a spec author could make. */
function edit(spec: Spec, variant: Variant): Spec {
  const copy = structuredClone(spec);
  const operation = (pathTemplate: string, method: string) => copy.paths[pathTemplate]?.[method] as { operationId: string; responses: Record<string, { content: Record<string, { schema: unknown }> }> };
  switch (variant) {
    case "unchanged":
      break;
    case "renamedPathParameter": {
      // getCustomer's `customer_id` becomes `customer_tenant_id`, in the template and in its parameter.
      const { parameters, ...item } = copy.paths[CUSTOMER_PATH] as { parameters: { $ref?: string }[] };
      expect(Object.keys(item).filter((key) => key !== "summary" && key !== "description"), "only getCustomer is renamed").toEqual(["get"]);
      const customerId = copy.components.parameters.CustomerId!;
      expect(customerId.name).toBe("customer_id");
      delete copy.paths[CUSTOMER_PATH];
      copy.paths[RENAMED_PATH] = {
        ...item,
        parameters: parameters.map((parameter) => (parameter.$ref === "#/components/parameters/CustomerId" ? { ...customerId, name: "customer_tenant_id" } : parameter)),
      };
      break;
    }
    case "changedSuccessSchema": {
      const getCustomer = operation(CUSTOMER_PATH, "get");
      expect(getCustomer.operationId).toBe("getCustomer");
      getCustomer.responses["200"]!.content["application/json"]!.schema = { $ref: `#/components/schemas/${OTHER_SCHEMA}` };
      break;
    }
    case "removedOperation": {
      expect(operation(MANAGED_SERVICES_PATH, "get").operationId).toBe("listManagedServices");
      expect(Object.keys(copy.paths[MANAGED_SERVICES_PATH]!).filter((key) => key !== "parameters"), "the path has no other operation").toEqual(["get"]);
      delete copy.paths[MANAGED_SERVICES_PATH];
      break;
    }
  }
  return copy;
}

/** `source` with every `from "<specifier>"` matched by `pattern` replaced; fails unless it replaced `count`. */
function rewriteImports(source: string, pattern: RegExp, replacement: (specifier: string) => string, count: number): string {
  let replaced = 0;
  const result = source.replace(new RegExp(`from "(${pattern.source})"`, "g"), (_, specifier: string) => {
    replaced += 1;
    return `from "${replacement(specifier)}"`;
  });
  expect(replaced, `imports matching ${pattern} in the generated source`).toBe(count);
  return result;
}

// Code written the way a partner uses the API, the same in every variant; each file uses one
// thing a variant changes.
const CONSUMERS = {
  // The raw openapi-fetch client with the path parameter by its name in the spec.
  "consumer-path-parameter.ts": `
import type { PartnerCenterClient } from "./client.js";
import type { operations } from "./schema.js";

export async function customerExists(client: PartnerCenterClient, customerId: string): Promise<boolean> {
  const path: operations["getCustomer"]["parameters"]["path"] = { customer_id: customerId };
  const { response } = await client.GET("/v1/customers/{customer_id}", { params: { path } });
  return response.ok;
}
`,
  // A generated function's result, by a field of the 200 schema.
  "consumer-success-schema.ts": `
import type { PartnerCenterClient } from "./client.js";
import { getCustomer } from "./operations.js";

export async function companyName(client: PartnerCenterClient, customerId: string): Promise<string | undefined> {
  const customer = await getCustomer(client, customerId);
  return customer.companyProfile?.companyName;
}
`,
  // A generated function by its operationId.
  "consumer-operation.ts": `
import type { PartnerCenterClient } from "./client.js";
import { listManagedServices } from "./operations.js";

export async function serviceCount(client: PartnerCenterClient, customerId: string): Promise<number> {
  const services = await listManagedServices(client, customerId);
  return services.items?.length ?? 0;
}
`,
} as const;
type Consumer = keyof typeof CONSUMERS;
const GENERATED = ["schema.ts", "operations.ts", "client.ts", "operation-call.ts"] as const;

interface Found {
  code: number;
  message: string;
}

let workDir: string | undefined;
const generatedOperations = new Map<Variant, string>();
/** Diagnostics by variant and file name (every file of every variant has an entry, maybe empty). */
const diagnostics = new Map<Variant, Map<string, Found[]>>();
let programDiagnostics: readonly ts.Diagnostic[] = [];

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "pc-spec-drift-"));
  // ES modules, as in the package.
  await writeFile(path.join(workDir, "package.json"), JSON.stringify({ type: "module" }));
  const spec = JSON.parse(await readFile(specFile, "utf8")) as Spec;
  const { GENERATOR_OPTIONS } = (await import(typesGenerator)) as { GENERATOR_OPTIONS: OpenAPITSOptions };
  const operationCall = await readFile(path.join(srcDir, "operation-call.ts"), "utf8");

  const rootNames: string[] = [];
  for (const variant of VARIANTS) {
    const dir = path.join(workDir, variant);
    await mkdir(dir);
    const document = edit(spec, variant);
    const variantSpec = path.join(dir, "openapi.json");
    await writeFile(variantSpec, JSON.stringify(document));
    // As packages/types/scripts/generate.mjs generates src/generated/schema.ts, from this document.
    const schema = astToString(await openapiTS(pathToFileURL(variantSpec), GENERATOR_OPTIONS));
    // The generated functions, importing this variant's types, client and call helpers.
    let operations = await generateOperations({ specFile: variantSpec });
    operations = rewriteImports(operations, /@partnercenter\/types/, () => "./schema.js", 1);
    operations = rewriteImports(operations, /\.\.\/[\w-]+\.js/, (specifier) => specifier.replace("../", "./"), 2);
    generatedOperations.set(variant, operations);
    const files: Record<string, string> = {
      "schema.ts": schema,
      "operations.ts": operations,
      "client.ts": [
        'import type { Client } from "openapi-fetch";',
        'import type { paths } from "./schema.js";',
        'export type PartnerCenterClient = Client<paths, "application/json">;',
        "",
      ].join("\n"),
      // The real call helpers, typed by this variant's `operations`; what they import besides
      // the types is the package's own src/.
      "operation-call.ts": rewriteImports(
        rewriteImports(operationCall, /\.\/[\w-]+\.js/, (specifier) => path.join(srcDir, specifier), 3),
        /@partnercenter\/types/,
        () => "./schema.js",
        1,
      ),
      ...CONSUMERS,
    };
    for (const [name, text] of Object.entries(files)) {
      await writeFile(path.join(dir, name), text);
      rootNames.push(path.join(dir, name));
    }
  }

  // The package's compiler options; openapi-fetch and its helpers resolve to the files the
  // package itself compiles against (the temporary directory has no node_modules).
  const config = ts.getParsedCommandLineOfConfigFile(path.join(packageDir, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error("packages/client/tsconfig.json does not parse");
  const resolved = (name: string, from: string) => {
    const found = ts.resolveModuleName(name, from, config.options, ts.sys).resolvedModule?.resolvedFileName;
    if (!found) throw new Error(`${name} does not resolve from ${from}`);
    return found;
  };
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    types: [],
    paths: {
      "openapi-fetch": [resolved("openapi-fetch", path.join(srcDir, "client.ts"))],
      "openapi-typescript-helpers": [resolved("openapi-typescript-helpers", path.join(srcDir, "operation-call.ts"))],
    },
  };
  const program = ts.createProgram({ rootNames, options });
  programDiagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const variant of VARIANTS) {
    const byFile = new Map<string, Found[]>();
    for (const name of [...GENERATED, ...Object.keys(CONSUMERS)]) {
      const sourceFile = program.getSourceFile(path.join(workDir, variant, name));
      if (!sourceFile) throw new Error(`${variant}/${name} is not in the program`);
      byFile.set(
        name,
        [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)].map((diagnostic) => ({
          code: diagnostic.code,
          message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
        })),
      );
    }
    diagnostics.set(variant, byFile);
  }
}, 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The diagnostics of `file` in `variant`. */
const found = (variant: Variant, file: string): Found[] => diagnostics.get(variant)?.get(file) ?? [{ code: -1, message: `${variant}/${file} was not compiled` }];

describe("a spec change reaches the code that uses it as a compile error", () => {
  it("the unchanged spec: the generated types, functions and every consumer compile without a single diagnostic", () => {
    expect(programDiagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))).toEqual([]);
    for (const file of [...GENERATED, ...Object.keys(CONSUMERS)]) expect(found("unchanged", file), file).toEqual([]);
  });

  it.each(VARIANTS)("the generated files follow the spec and compile (%s)", (variant) => {
    for (const file of GENERATED) expect(found(variant, file), `${variant}/${file}`).toEqual([]);
  });

  it("renaming getCustomer's path parameter: the raw client's `params.path.customer_id` and path no longer compile", () => {
    const errors = found("renamedPathParameter", "consumer-path-parameter.ts");
    expect(errors.map((error) => error.code).sort()).toEqual([2345, 2353]);
    // The parameters object: `customer_id` is not a parameter of getCustomer any more.
    expect(errors.find((error) => error.code === 2353)?.message).toMatch(/'customer_id' does not exist in type '\{ customer_tenant_id: string; \}'/);
    // The path template: the spec has no `/v1/customers/{customer_id}` any more.
    expect(errors.find((error) => error.code === 2345)?.message).toContain(`Argument of type '"${CUSTOMER_PATH}"' is not assignable`);
    // The generated function follows the new name, so positional callers are unaffected.
    expect(generatedOperations.get("renamedPathParameter")).toContain(
      `client.GET<"${RENAMED_PATH}", OperationInit<"getCustomer">>("${RENAMED_PATH}", {\n    params: { path: { customer_tenant_id: customerTenantId }`,
    );
    expect(found("renamedPathParameter", "consumer-success-schema.ts")).toEqual([]);
    expect(found("renamedPathParameter", "consumer-operation.ts")).toEqual([]);
  });

  it("changing getCustomer's 200 schema: reading a field of the old schema from the function's result no longer compiles", () => {
    const errors = found("changedSuccessSchema", "consumer-success-schema.ts");
    expect(errors).toEqual([{ code: 2339, message: expect.stringMatching(/^Property 'companyProfile' does not exist on type /) }]);
    expect(generatedOperations.get("changedSuccessSchema")).toMatch(new RegExp(`export async function getCustomer\\([^)]*\\): Promise<${OTHER_SCHEMA}>`));
    expect(found("changedSuccessSchema", "consumer-path-parameter.ts")).toEqual([]);
    expect(found("changedSuccessSchema", "consumer-operation.ts")).toEqual([]);
  });

  it("removing listManagedServices: importing its function no longer compiles", () => {
    const errors = found("removedOperation", "consumer-operation.ts");
    expect(errors).toEqual([{ code: 2305, message: `Module '"./operations.js"' has no exported member 'listManagedServices'.` }]);
    expect(generatedOperations.get("removedOperation")).not.toContain("listManagedServices");
    expect(found("removedOperation", "consumer-path-parameter.ts")).toEqual([]);
    expect(found("removedOperation", "consumer-success-schema.ts")).toEqual([]);
  });
});
