// What the lifecycle test needs from the spec: valid arguments for any operation, built from the
// examples its parameters and request body carry, and a way to call an operation function by
// its operationId.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { operationTable, type OperationId } from "@partnercenter/types";
import type { PartnerCenterClient } from "../src/index.js";
import * as operations from "../src/generated/operations.js";

type Node = Record<string, unknown>;

const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@partnercenter/openapi/openapi.json"), "utf8")) as Node;

/** A node with its `$ref`s (to this document) followed. */
function resolve(node: unknown): Node {
  let current = node as Node;
  for (let hops = 0; typeof current?.$ref === "string"; hops++) {
    if (hops > 16) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    current = (current.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<Node>((parent, key) => parent[key] as Node, spec);
  }
  return current;
}

/** The first example the spec gives for a parameter or a media type, or `undefined`. */
function exampleOf(node: Node): unknown {
  if (node.example !== undefined) return node.example;
  const examples = node.examples as Record<string, unknown> | undefined;
  const first = examples && Object.values(examples)[0];
  if (first !== undefined) return resolve(first).value;
  const schema = node.schema ? resolve(node.schema) : undefined;
  return schema?.example ?? (schema?.examples as unknown[] | undefined)?.[0];
}

/** Arguments of an operation function besides the client: path parameters in path order, the body, the query. */
export interface ExampleArguments {
  path: string[];
  body?: unknown;
  query: Record<string, unknown>;
}

/**
 * Arguments for the operation `id` taken from the spec's examples: each path parameter's
 * example, each required query parameter's example, and the first example of the JSON request
 * body when the operation takes one.
 *
 * @throws Error naming the operation and parameter when the spec gives no example for it
 */
export function exampleArguments(id: OperationId): ExampleArguments {
  const { path: template, method } = operationTable[id];
  const pathItem = resolve((spec.paths as Node)[template]);
  const operation = resolve(pathItem[method]);
  const parameters = [...((pathItem.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map(resolve);
  const example = (parameter: Node) => {
    const value = exampleOf(parameter);
    if (value === undefined) throw new Error(`${id}: the spec gives no example for the ${String(parameter.in)} parameter ${String(parameter.name)}`);
    return value;
  };
  const path = [...template.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
    const parameter = parameters.find((candidate) => candidate.in === "path" && candidate.name === name);
    if (!parameter) throw new Error(`${id}: the path parameter ${String(name)} is not declared`);
    return String(example(parameter));
  });
  const query = Object.fromEntries(parameters.filter((parameter) => parameter.in === "query" && parameter.required === true).map((parameter) => [parameter.name, example(parameter)]));
  const requestBody = operation.requestBody ? resolve(operation.requestBody) : undefined;
  if (!requestBody) return { path, query };
  const json = resolve((requestBody.content as Node)["application/json"]);
  const body = exampleOf(json);
  if (body === undefined) throw new Error(`${id}: the spec gives no example of the request body`);
  return { path, body, query };
}

type OperationFunction = (client: PartnerCenterClient, ...args: unknown[]) => Promise<unknown>;

/**
 * Calls the generated operation function `id` with `args`: `(client, ...path, body?, { query })`.
 *
 * @throws Error when the function's arity says it takes other arguments than the spec declares
 */
export function callOperation(id: OperationId, client: PartnerCenterClient, args: ExampleArguments): Promise<unknown> {
  const operation = (operations as unknown as Record<string, OperationFunction | undefined>)[id];
  if (!operation) throw new Error(`the client has no operation function ${id}`);
  const positional = [...args.path, ...("body" in args ? [args.body] : [])];
  // client + positional + options: a mismatch means the generator and the table disagree.
  if (operation.length !== positional.length + 2) throw new Error(`${id} takes ${operation.length} arguments, not client + ${positional.length} + options`);
  return operation(client, ...positional, { query: args.query });
}

/** `value` with every property name's first letter upper-cased, recursively: the .NET SDK's casing. */
export function pascalCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalCase);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [`${key.charAt(0).toUpperCase()}${key.slice(1)}`, pascalCase(item)]));
}
