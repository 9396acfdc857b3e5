import type { MockOperation } from "../spec/operations.js";

interface Node {
  literal: Map<string, Node>;
  parameter?: { name: string; node: Node };
  /** Operations by upper-case method, at the end of a path template. */
  operations: Map<string, MockOperation>;
}

const newNode = (): Node => ({ literal: new Map(), operations: new Map() });

/** What the router found for a request path. */
export type RouteMatch =
  | { kind: "operation"; operation: MockOperation; pathParameters: Record<string, string> }
  /** The path is one of the spec's, but not with this method. */
  | { kind: "method-not-served"; methods: string[] }
  | { kind: "no-route" }
  /** A segment is not valid percent-encoding (`%zz`), so no parameter can be read from it. */
  | { kind: "malformed-path"; segment: string };

/**
 * Finds the operation of a request by walking a tree of path segments built once from the
 * spec: the cost of a lookup depends on the depth of the path, not on the number of
 * operations. A literal segment wins over a parameter (`/v1/customers/relationshiprequests`
 * before `/v1/customers/{customer_id}`); literal segments match case-insensitively, as the
 * service's routes do. Path parameters are percent-decoded.
 */
export class Router {
  readonly #root = newNode();

  constructor(operations: readonly MockOperation[]) {
    for (const operation of operations) {
      let node = this.#root;
      for (const segment of operation.pathTemplate.split("/").slice(1)) {
        const parameter = /^\{([^}]+)\}$/.exec(segment)?.[1];
        if (parameter !== undefined) {
          node.parameter ??= { name: parameter, node: newNode() };
          if (node.parameter.name !== parameter) {
            throw new Error(`${operation.pathTemplate}: parameter {${parameter}} sits where another path names it {${node.parameter.name}}`);
          }
          node = node.parameter.node;
        } else {
          const key = segment.toLowerCase();
          let next = node.literal.get(key);
          if (!next) node.literal.set(key, (next = newNode()));
          node = next;
        }
      }
      if (node.operations.has(operation.method)) throw new Error(`${operation.method} ${operation.pathTemplate} is declared twice`);
      node.operations.set(operation.method, operation);
    }
  }

  /** The operation `method` and `path` (the URL's pathname, still percent-encoded) address. */
  match(method: string, path: string): RouteMatch {
    const segments = path.split("/").slice(1);
    const values: [string, string][] = [];
    const walk = (node: Node, index: number): Node | undefined => {
      if (index === segments.length) return node.operations.size ? node : undefined;
      const raw = segments[index] as string;
      const literal = node.literal.get(raw.toLowerCase());
      if (literal) {
        const found = walk(literal, index + 1);
        if (found) return found;
      }
      if (node.parameter && raw !== "") {
        values.push([node.parameter.name, raw]);
        const found = walk(node.parameter.node, index + 1);
        if (found) return found;
        values.pop();
      }
      return undefined;
    };
    const node = walk(this.#root, 0);
    if (!node) return { kind: "no-route" };
    const operation = node.operations.get(method.toUpperCase());
    if (!operation) return { kind: "method-not-served", methods: [...node.operations.keys()] };
    const pathParameters: Record<string, string> = {};
    for (const [name, raw] of values) {
      try {
        pathParameters[name] = decodeURIComponent(raw);
      } catch {
        return { kind: "malformed-path", segment: raw };
      }
    }
    return { kind: "operation", operation, pathParameters };
  }
}
