// Proof that adding an operation is a spec-only edit. In a temporary folder the test copies
// openapi/ and redocly.yaml, writes what openapi/README.md ("Adding an operation") asks a spec
// author to write (fixture/openapi/: a path file, a schema, an example; plus the `$ref` line in
// openapi.yaml), and then runs the repository's own tools on the copy: Redocly lint and bundle,
// the types, client, mock and docs generators. It checks that every surface carries the new
// operation: the types, the operation table, a client function named after the operationId, a
// code sample, all type-checked together; and that the client function, bundled from the
// variant sources, gets the example's data from the built mock in-process and over HTTP.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { PartnerCenterClient, PartnerCenterClientOptions } from "@partnercenter/client";
import { createMockAccessToken, createPartnerCenterMock } from "@partnercenter/mocks";
import { startMockServer, type MockServer } from "@partnercenter/mocks/server";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = fileURLToPath(new URL("../fixture/", import.meta.url));
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const redoclyCli = require.resolve("@redocly/cli/bin/cli.js");
/** TypeScript 7's `tsc` (the root's `typescript-native`; its package exports leave out `bin/`). */
const nativeTsc = path.join(packageDir("typescript-native"), "bin/tsc");

/** What fixture/openapi/ adds: a documented Partner Center GET the repository's spec does not have. */
const added = {
  operationId: "getSubscriptionSupportContact",
  method: "get",
  path: "/v1/customers/{customer_id}/subscriptions/{subscription_id}/supportcontact",
  pathFile: "paths/v1_customers_{customer_id}_subscriptions_{subscription_id}_supportcontact.yaml",
  schema: "SupportContact",
  example: "SupportContact",
  summary: "Get a subscription's support contact",
} as const;

type Json = Record<string, unknown>;
interface Spec {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; examples: Record<string, { value: unknown }>; parameters: Record<string, Json> };
}

// The generators are plain ES modules of their packages; they are imported from where the
// packages live, so the test runs exactly the code `npm run build` runs.
interface TypesGenerator {
  generateSchema(options: { configPath: string }): Promise<string>;
}
interface OperationTableGenerator {
  renderOperationTable(spec: Spec): string;
}
interface ClientGenerator {
  generateOperations(options: { specFile: string }): Promise<string>;
}
interface MockGenerator {
  generateMockSpec(options: { specFile: string }): Promise<string>;
  generateExamples(options: { specFile: string }): Promise<string>;
}
interface DocsGenerator {
  codeSamples(spec: Spec, repoRoot: string): Promise<Array<{ operationId: string; source: string; handWritten: boolean }>>;
}
const load = async <T>(name: string, file: string) => (await import(pathToFileURL(path.join(packageDir(name), file)).href)) as T;

/** Runs a command; on failure the error carries its whole output. */
async function sh(file: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" } });
    return `${stdout}\n${stderr}`;
  } catch (error) {
    const failed = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(file)} ${args.join(" ")} failed in ${cwd}:\n${failed.stdout ?? ""}\n${failed.stderr ?? ""}`);
  }
}

/** The variant: the copied spec with the operation added, and everything generated from it. */
let work: string;
let specRoot: string;
let specFile: string;
let spec: Spec;
let generated: {
  schema: string;
  operationTable: string;
  clientOperations: string;
  mockSpec: Json;
  examples: string;
  samples: Awaited<ReturnType<DocsGenerator["codeSamples"]>>;
};
/** Sources of the variant's types and client packages, for the compiler and the bundler. */
let typesSrc: string;
let clientSrc: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "partnercenter-spec-edit-"));
  // Module resolution from the temporary folder (TypeScript, esbuild, Node) finds the
  // repository's dependencies through this link; the workspace packages are mapped explicitly.
  await symlink(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
  // The copied package sources are ES modules, as in their packages.
  await writeFile(path.join(work, "package.json"), JSON.stringify({ private: true, type: "module" }));

  // 1. The spec author's edit, on a copy: openapi/ without its build output, and redocly.yaml.
  specRoot = path.join(work, "repo");
  await cp(path.join(repoRoot, "openapi"), path.join(specRoot, "openapi"), {
    recursive: true,
    filter: (source) => !/[\\/]openapi[\\/](dist|node_modules)$/.test(source),
  });
  await cp(path.join(repoRoot, "redocly.yaml"), path.join(specRoot, "redocly.yaml"));
  await cp(path.join(fixture, "openapi"), path.join(specRoot, "openapi"), { recursive: true });
  // The `$ref` line goes at the end of `paths`, before the next top-level key.
  const rootFile = path.join(specRoot, "openapi/openapi.yaml");
  const lines = (await readFile(rootFile, "utf8")).split("\n");
  const pathsAt = lines.indexOf("paths:");
  if (pathsAt === -1) throw new Error("openapi.yaml has no top-level `paths:` line");
  const nextKey = lines.findIndex((line, index) => index > pathsAt && /^[^\s#]/.test(line));
  lines.splice(nextKey === -1 ? lines.length : nextKey, 0, `  ${added.path}:`, `    $ref: ${added.pathFile}`);
  await writeFile(rootFile, lines.join("\n"));

  // 2. Lint and bundle with the repository's Redocly CLI and config, as openapi's build does.
  await sh(process.execPath, [redoclyCli, "lint", "--config", "redocly.yaml"], specRoot);
  specFile = path.join(specRoot, "openapi/dist/openapi.json");
  await sh(process.execPath, [redoclyCli, "bundle", "partner-center@v1", "--config", "redocly.yaml", "--output", specFile], specRoot);
  spec = JSON.parse(await readFile(specFile, "utf8")) as Spec;

  // 3. Every generator `npm run build` runs, on the variant.
  const [types, table, client, mocks, docs] = await Promise.all([
    load<TypesGenerator>("@partnercenter/types", "scripts/generate.mjs"),
    load<OperationTableGenerator>("@partnercenter/types", "scripts/operation-table.mjs"),
    load<ClientGenerator>("@partnercenter/client", "scripts/generate-operations.mjs"),
    load<MockGenerator>("@partnercenter/mocks", "scripts/generate-examples.mjs"),
    load<DocsGenerator>("@partnercenter/docs", "scripts/code-samples.mjs"),
  ]);
  generated = {
    schema: await types.generateSchema({ configPath: path.join(specRoot, "redocly.yaml") }),
    operationTable: table.renderOperationTable(spec),
    clientOperations: await client.generateOperations({ specFile }),
    mockSpec: JSON.parse(await mocks.generateMockSpec({ specFile })) as Json,
    examples: await mocks.generateExamples({ specFile }),
    samples: await docs.codeSamples(spec, specRoot),
  };

  // The variant packages' sources: the hand-written files of types and client as they are in
  // the repository, their src/generated/ files from the variant.
  typesSrc = path.join(work, "types/src");
  clientSrc = path.join(work, "client/src");
  await cp(path.join(packageDir("@partnercenter/types"), "src"), typesSrc, { recursive: true });
  await cp(path.join(packageDir("@partnercenter/client"), "src"), clientSrc, { recursive: true });
  await writeFile(path.join(typesSrc, "generated/schema.ts"), generated.schema);
  await writeFile(path.join(typesSrc, "generated/operations.ts"), generated.operationTable);
  await writeFile(path.join(clientSrc, "generated/operations.ts"), generated.clientOperations);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const example = () => spec.components.examples[added.example]?.value;

describe("the spec author's edit", () => {
  it("adds an operation the repository's spec does not have", async () => {
    const repoSpec = JSON.parse(await readFile(require.resolve("@partnercenter/openapi/openapi.json"), "utf8")) as Spec;
    expect(Object.keys(repoSpec.paths)).not.toContain(added.path);
    expect(Object.keys(repoSpec.components.schemas)).not.toContain(added.schema);
    expect(Object.keys(spec.paths)).toContain(added.path);
    expect(spec.paths[added.path]?.[added.method]?.operationId).toBe(added.operationId);
    // The whole edit: three new files and openapi.yaml; nothing outside openapi/.
    const files = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
        .filter((file) => !/^(dist|node_modules)\//.test(file));
    const before = new Set(await files(path.join(repoRoot, "openapi")));
    const after = await files(path.join(specRoot, "openapi"));
    expect(after.filter((file) => !before.has(file)).sort()).toEqual([`components/examples/${added.example}.yaml`, `components/schemas/${added.schema}.yaml`, added.pathFile].sort());
    expect(await readFile(path.join(specRoot, "openapi/openapi.yaml"), "utf8")).not.toBe(await readFile(path.join(repoRoot, "openapi/openapi.yaml"), "utf8"));
  });

  it("declares no x-mock binding: the mock must answer with the example", () => {
    expect(spec.paths[added.path]?.[added.method]).not.toHaveProperty("x-mock");
    expect(example()).toMatchObject({ name: expect.any(String) });
  });
});

describe("generated from the variant", () => {
  it("types: the operation, its path and the new schema's named export", () => {
    expect(generated.schema).toContain(`    ${added.operationId}: {`);
    expect(generated.schema).toContain(`    "${added.path}": {`);
    expect(generated.schema).toMatch(new RegExp(`^export type ${added.schema} = components\\['schemas'\\]\\['${added.schema}'\\];$`, "m"));
  });

  it("operation table: method, path, parameters and success", () => {
    const entry = /export const operationTable = (\{[\s\S]*?\n\}) as const/.exec(generated.operationTable)?.[1];
    const table = JSON.parse(entry ?? "{}") as Record<string, { method: string; path: string; parameters: string[]; security: string[]; success: Json }>;
    expect(table[added.operationId]).toMatchObject({
      method: added.method,
      path: added.path,
      parameters: expect.arrayContaining(["CustomerId", "SubscriptionId"]),
      security: ["AppUser"],
      success: { status: 200, mediaType: "application/json" },
    });
  });

  it("client: an exported function named after the operationId, returning the schema's type", () => {
    expect(generated.clientOperations).toContain(`export async function ${added.operationId}(`);
    expect(generated.clientOperations).toMatch(
      new RegExp(`${added.operationId}\\(\\n  client: PartnerCenterClient,\\n  customerId: string,\\n  subscriptionId: string,\\n  options\\?: OperationOptions<"${added.operationId}">,\\n\\): Promise<${added.schema}>`),
    );
    expect(generated.clientOperations).toContain("Token: App+User only");
  });

  it("mock: the stripped spec carries the operation and its example", () => {
    const paths = generated.mockSpec.paths as Spec["paths"];
    expect(paths[added.path]?.[added.method]?.operationId).toBe(added.operationId);
    expect(generated.examples).toContain(`export const ${added.example[0]?.toLowerCase()}${added.example.slice(1)}Example: ${added.schema} = `);
  });

  it("docs: a generated TypeScript sample that imports the function from @partnercenter/client", () => {
    const sample = generated.samples.find((candidate) => candidate.operationId === added.operationId);
    expect(sample?.handWritten).toBe(false);
    expect(sample?.source).toMatch(new RegExp(`import \\{[^}]*\\b${added.operationId}\\b[^}]*\\} from "@partnercenter/client";`));
    expect(sample?.source).toContain(`await ${added.operationId}(`);
  });
});

describe("compiled together", () => {
  it("the variant's generated files, its sample and a consumer type-check with no diagnostics", async () => {
    const project = path.join(work, "compile");
    await mkdir(project, { recursive: true });
    const sample = generated.samples.find((candidate) => candidate.operationId === added.operationId);
    const sampleFile = path.join(project, `${added.operationId}.ts`);
    await writeFile(sampleFile, sample?.source ?? "");
    const examplesFile = path.join(project, "examples.ts");
    await writeFile(examplesFile, generated.examples);
    const consumerFile = path.join(project, "consumer.ts");
    await writeFile(
      consumerFile,
      [
        `import { createPartnerCenterClient, ${added.operationId} } from "@partnercenter/client";`,
        `import type { ${added.schema} } from "@partnercenter/types";`,
        "",
        "export async function supportContactName(customerId: string, subscriptionId: string): Promise<string | undefined> {",
        '  const client = createPartnerCenterClient({ accessToken: "token" });',
        `  const contact: ${added.schema} = await ${added.operationId}(client, customerId, subscriptionId);`,
        "  // The result has the schema's type, not `any`: an unknown field and a missing argument fail.",
        "  // @ts-expect-error not a SupportContact field",
        "  void contact.supportTenant;",
        "  // @ts-expect-error subscriptionId is required",
        `  void ${added.operationId}(client, customerId);`,
        "  return contact.name;",
        "}",
        "",
      ].join("\n"),
    );
    const configFile = path.join(project, "tsconfig.json");
    await writeFile(
      configFile,
      JSON.stringify({
        extends: path.join(repoRoot, "tsconfig.base.json"),
        compilerOptions: {
          paths: { "@partnercenter/types": [path.join(typesSrc, "index.ts")], "@partnercenter/client": [path.join(clientSrc, "index.ts")] },
          types: ["node"],
        },
        files: [sampleFile, examplesFile, consumerFile],
      }),
    );
    // The packages' own compiler (TypeScript 7's tsc), over the variant's sources and the
    // repository's hand-written ones; --listFiles names every file the program read.
    const { code, stdout } = await run(process.execPath, [nativeTsc, "-p", configFile, "--pretty", "false", "--listFiles"], { cwd: project }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string; message: string }) => ({ code: error.code, stdout: error.stdout || error.message }),
    );
    const lines = stdout.split("\n").filter((line) => line !== "");
    const diagnostics = lines.filter((line) => /\berror TS\d+:/.test(line));
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
    const read = new Set(lines.filter((line) => path.isAbsolute(line)).map((line) => path.normalize(line)));
    // The program read the variant's sources, not the built packages.
    for (const file of [sampleFile, examplesFile, consumerFile, ...["generated/schema.ts", "generated/operations.ts"].map((name) => path.join(typesSrc, name))]) {
      expect(read, file).toContain(file);
    }
    const variantOperations = path.join(clientSrc, "generated/operations.ts");
    expect(read).toContain(variantOperations);
    expect(await readFile(variantOperations, "utf8")).toContain(`function ${added.operationId}(`);
    expect(read).not.toContain(path.join(packageDir("@partnercenter/client"), "dist/index.d.ts"));
  });
});

describe("run against the mock", () => {
  type Operation = (client: PartnerCenterClient, ...args: unknown[]) => Promise<unknown>;
  interface VariantClient {
    createPartnerCenterClient(options: PartnerCenterClientOptions): PartnerCenterClient;
    [name: string]: unknown;
  }
  let variant: VariantClient;
  let operation: Operation;
  let server: MockServer | undefined;
  let validateBody: (body: unknown) => boolean;
  let validationErrors: () => unknown;
  /** The `example` of a path parameter of the added operation, as the docs sample uses it. */
  const pathExample = (name: string): string => {
    const declared = (spec.paths[added.path]?.parameters ?? []) as unknown as Array<{ $ref?: string }>;
    const resolved = declared.map((parameter) => (parameter.$ref ? spec.components.parameters[parameter.$ref.split("/").pop() ?? ""] : (parameter as Json)));
    const found = resolved.find((parameter) => parameter?.in === "path" && parameter.name === name);
    if (typeof found?.example !== "string") throw new Error(`path parameter ${name} has no example`);
    return found.example;
  };
  let customerId: string;
  let subscriptionId: string;

  beforeAll(async () => {
    // The variant client, bundled with its variant types (no build of the real packages involved).
    const outfile = path.join(work, "bundle/client.mjs");
    await esbuild.build({
      entryPoints: [path.join(clientSrc, "index.ts")],
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "silent",
      plugins: [
        {
          name: "variant-types",
          setup(build) {
            build.onResolve({ filter: /^@partnercenter\/types$/ }, () => ({ path: path.join(typesSrc, "index.ts") }));
          },
        },
      ],
    });
    variant = (await import(pathToFileURL(outfile).href)) as VariantClient;
    operation = variant[added.operationId] as Operation;

    // The body is checked against the bundled variant with its own ajv, apart from the mock's.
    const documentId = "https://spec-edit.invalid/openapi.json";
    const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    addFormats.default(ajv);
    ajv.addFormat("int32", { type: "number", validate: (value: number) => Number.isInteger(value) && Math.abs(value) < 2 ** 31 });
    ajv.addFormat("int64", { type: "number", validate: (value: number) => Number.isSafeInteger(value) });
    ajv.addSchema(spec, documentId);
    const pointer = `#/paths/${added.path.replaceAll("~", "~0").replaceAll("/", "~1")}/${added.method}/responses/200/content/application~1json/schema`;
    const validate = ajv.compile({ $ref: `${documentId}${pointer}` });
    validateBody = (body) => validate(body);
    validationErrors = () => validate.errors;

    customerId = pathExample("customer_id");
    subscriptionId = pathExample("subscription_id");
  });

  afterAll(async () => {
    await server?.close();
  });

  const appUser = () => createMockAccessToken({ kind: "app+user" });

  it("the variant client exports the function", () => {
    expect(typeof operation).toBe("function");
  });

  it("in-process: mock.fetch answers with the example's data, valid against the schema", async () => {
    const mock = createPartnerCenterMock({ spec: generated.mockSpec });
    expect(mock.operationIds).toContain(added.operationId);
    const client = variant.createPartnerCenterClient({ accessToken: appUser(), fetch: (request) => mock.fetch(request) });
    const body = await operation(client, customerId, subscriptionId);
    expect(body).toEqual(example());
    expect(validateBody(body), JSON.stringify(validationErrors())).toBe(true);
  });

  it("in-process: the spec's security and parameter checks apply to the new operation", async () => {
    const mock = createPartnerCenterMock({ spec: generated.mockSpec });
    const sent: string[] = [];
    const fetch = (request: Request) => {
      sent.push(request.url);
      return mock.fetch(request);
    };
    const appOnly = variant.createPartnerCenterClient({ accessToken: createMockAccessToken({ kind: "app-only" }), fetch });
    await expect(operation(appOnly, customerId, subscriptionId)).rejects.toMatchObject({ name: "PartnerCenterError", status: 403 });
    const client = variant.createPartnerCenterClient({ accessToken: appUser(), fetch });
    const before = sent.length;
    await expect(operation(client, "not-a-guid", subscriptionId)).rejects.toMatchObject({ name: "PartnerCenterArgumentError", argument: "customer_id" });
    expect(sent.length, "nothing is sent for an invalid call").toBe(before);
  });

  it("the mock built from the repository's spec does not serve it (the variant is what counts)", async () => {
    const builtIn = createPartnerCenterMock();
    expect(builtIn.operationIds).not.toContain(added.operationId);
    const client = variant.createPartnerCenterClient({ accessToken: appUser(), fetch: (request) => builtIn.fetch(request) });
    await expect(operation(client, customerId, subscriptionId)).rejects.toMatchObject({ status: 404 });
  });

  it("over HTTP: the mock server answers with the example's data, valid against the schema", async () => {
    server = await startMockServer({ spec: generated.mockSpec, port: 0, host: "127.0.0.1" });
    const client = variant.createPartnerCenterClient({ accessToken: appUser(), baseUrl: server.url });
    const body = await operation(client, customerId, subscriptionId);
    expect(body).toEqual(example());
    expect(validateBody(body), JSON.stringify(validationErrors())).toBe(true);
  });
});

describe("the docs page", () => {
  it("shows the operation with its TypeScript sample", async () => {
    const documented = structuredClone(spec);
    const bySample = new Map(generated.samples.map((sample) => [sample.operationId, sample.source]));
    for (const pathItem of Object.values(documented.paths)) {
      for (const candidate of Object.values(pathItem)) {
        const source = bySample.get((candidate as Json)?.operationId as string);
        if (source !== undefined) (candidate as Json)["x-codeSamples"] = [{ lang: "TypeScript", source }];
      }
    }
    const input = path.join(work, "docs/openapi.json");
    await mkdir(path.dirname(input), { recursive: true });
    await writeFile(input, JSON.stringify(documented));
    const output = path.join(work, "docs/index.html");
    await sh(process.execPath, [redoclyCli, "build-docs", input, "--config", path.join(specRoot, "redocly.yaml"), "--inlineBundle", "--output", output], specRoot);
    // Redoc renders in the browser from the definition the page embeds: check what it is given.
    const html = await readFile(output, "utf8");
    const embedded = (name: string) => {
      const line = html.split("\n").find((candidate) => candidate.trimStart().startsWith(`const ${name} = `));
      if (!line) throw new Error(`the page embeds no ${name}`);
      return JSON.parse(line.slice(line.indexOf("=") + 1).trim().replace(/;$/, "")) as Json;
    };
    const shown = (embedded("__redoc_definition") as unknown as Spec).paths[added.path]?.[added.method];
    expect(shown?.summary).toBe(added.summary);
    expect(shown?.["x-codeSamples"]).toEqual([{ lang: "TypeScript", source: bySample.get(added.operationId) }]);
    // Redoc shows samples only in the languages the config lists.
    expect(embedded("__redoc_options")).toMatchObject({ codeSamples: { languages: expect.arrayContaining([{ lang: "TypeScript" }]) } });
  });
});
