// What the docs tests expect the page to show, read from the bundled spec rather than kept by
// hand, so that an operation added to openapi/ is checked without touching the tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

type Node = Record<string, unknown> & { $ref?: string };
export type Spec = {
  info: { description?: string };
  security?: Array<Record<string, unknown>>;
  tags?: Array<{ name: string }>;
  "x-tagGroups"?: Array<{ name: string; tags: string[] }>;
  paths: Record<string, Record<string, unknown>>;
};
type CodeSample = { lang: string; source: string };

export type DocumentedOperation = {
  operationId: string;
  method: string;
  path: string;
  tag: string;
  summary: string;
  /** The token kinds of its `security` (`AppUser`, `AppOnly`). */
  security: string[];
  /** A parameter the page must list: the first path parameter, else query, else header. */
  parameter: string;
  /** Every status the operation declares, in the spec's order. */
  statuses: string[];
  /** The success response's first example, which Redoc shows by default. */
  example: { summary?: string; value: unknown } | undefined;
  /** `x-codeSamples`: only in a definition the docs build wrote, never in the bundled spec. */
  codeSamples: CodeSample[] | undefined;
};

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export const bundledSpecPath = fileURLToPath(import.meta.resolve("@partnercenter/openapi/openapi.json"));

export function readBundledSpec(): Spec {
  return JSON.parse(readFileSync(bundledSpecPath, "utf8")) as Spec;
}

/** The definition the built page hands to Redoc (`const __redoc_definition = {...};`). */
export function pageDefinition(html: string): Spec {
  const match = /const __redoc_definition = (\{.*\});$/m.exec(html);
  if (!match?.[1]) throw new Error("the page holds no __redoc_definition");
  return JSON.parse(match[1]) as Spec;
}

function resolve<T>(spec: Spec, node: T): T {
  let current: unknown = node;
  for (let hops = 0; (current as Node | undefined)?.$ref; hops += 1) {
    if (hops > 16) throw new Error(`reference cycle at ${(current as Node).$ref}`);
    const segments = (current as Node).$ref!.replace(/^#\//, "").split("/");
    current = segments.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
  }
  return current as T;
}

/** Every operation of `spec` with what its documentation must show, in the spec's order. */
export function documentedOperations(spec: Spec): DocumentedOperation[] {
  const operations: DocumentedOperation[] = [];
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method] as Node | undefined;
      if (!operation) continue;
      const parameters = [...((pathItem.parameters as Node[]) ?? []), ...((operation.parameters as Node[]) ?? [])].map((raw) => resolve(spec, raw) as { name: string; in: string });
      const parameter = ["path", "query", "header"].map((location) => parameters.find((candidate) => candidate.in === location)).find(Boolean);
      const responses = operation.responses as Record<string, Node>;
      const successStatus = Object.keys(responses).find((status) => /^2\d\d$/.test(status));
      const success = successStatus ? resolve(spec, responses[successStatus]) : undefined;
      const media = Object.values((success?.content as Record<string, { examples?: Record<string, Node> }>) ?? {})[0];
      const example = Object.values(media?.examples ?? {})[0];
      const security = ((operation.security ?? spec.security ?? []) as Array<Record<string, unknown>>).flatMap((requirement) => Object.keys(requirement));
      operations.push({
        operationId: operation.operationId as string,
        method,
        path,
        tag: (operation.tags as string[])[0] ?? "",
        summary: operation.summary as string,
        security,
        parameter: parameter?.name ?? "",
        statuses: Object.keys(responses),
        example: example ? (resolve(spec, example) as { summary?: string; value: unknown }) : undefined,
        codeSamples: operation["x-codeSamples"] as CodeSample[] | undefined,
      });
    }
  }
  return operations;
}
