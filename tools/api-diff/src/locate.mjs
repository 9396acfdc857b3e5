// api-smart-diff reports each change at a path through the document with every `$ref` resolved,
// so one edit to a component shows up once under `components/` and again under every operation
// that reaches it. These helpers map such a path back to the raw JSON pointer of the node that
// was edited (the "origin"), so the report names each edit once, and list which operations use
// each component.

/** @typedef {Array<string>} Pointer raw JSON pointer segments, unescaped */
/** @typedef {"request" | "response"} Direction */
/**
 * @typedef {object} Use
 * @property {string} operation `operationId`, or `METHOD path` when the operation has none
 * @property {Direction} direction whether the component reaches the operation's request or its response
 * @property {string} where where in the operation, e.g. `response 200`, `request body`, `query parameter filter`
 */

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** @param {unknown} value @returns {value is Record<string, any>} */
export const isObject = (value) => typeof value === "object" && value !== null;

/** @param {string} ref @returns {Pointer | undefined} */
export function refPointer(ref) {
  if (typeof ref !== "string" || !ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** @param {Pointer} pointer @returns {string} */
export const pointerToString = (pointer) => `#/${pointer.map((s) => String(s).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

/** @param {unknown} doc @param {Array<string | number>} pointer */
export function getAt(doc, pointer) {
  let node = doc;
  for (const segment of pointer) {
    if (!isObject(node) || !(segment in node)) return undefined;
    node = node[segment];
  }
  return node;
}

/**
 * Finds the raw node an api-smart-diff path points at.
 * @param {unknown} doc the raw (unresolved) document the path belongs to
 * @param {unknown} merged api-smart-diff's merged document (resolved; used to identify merged parameters)
 * @param {Array<string | number>} path
 * @returns {{ owner: Pointer, rest: Pointer, crossed: boolean } | undefined} `owner` is the target
 *   of the last `$ref` crossed (empty when none was), `rest` the path from there; `owner + rest` is
 *   a raw pointer in `doc`. `crossed` says whether a `$ref` was followed.
 */
export function locate(doc, merged, path) {
  const segments = path.map(String);
  /** @param {unknown} node @param {number} i @param {Pointer} owner @param {Pointer} rest @param {Pointer} walked @returns {{ owner: Pointer, rest: Pointer } | undefined} */
  const walk = (node, i, owner, rest, walked) => {
    if (i === segments.length) return { owner, rest };
    if (!isObject(node)) return undefined;
    const segment = /** @type {string} */ (segments[i]);
    // Parameters: api-smart-diff merges path-level parameters into each operation and indexes the
    // merged list; find the raw parameter by name and location instead.
    if (segment === "parameters" && walked.length === 3 && walked[0] === "paths" && HTTP_METHODS.includes(/** @type {string} */ (walked[2])) && i + 1 < segments.length) {
      const mergedParameter = getAt(merged, [...segments.slice(0, i + 2)]);
      if (isObject(mergedParameter)) {
        const pathItem = getAt(doc, walked.slice(0, 2));
        for (const [container, list] of [[walked, node.parameters], [walked.slice(0, 2), isObject(pathItem) ? pathItem.parameters : undefined]]) {
          if (!Array.isArray(list)) continue;
          const index = list.findIndex((candidate) => {
            const raw = isObject(candidate) && typeof candidate.$ref === "string" ? getAt(doc, refPointer(candidate.$ref) ?? []) : candidate;
            return isObject(raw) && raw.name === mergedParameter.name && raw.in === mergedParameter.in;
          });
          if (index >= 0) {
            const base = [...container, "parameters", String(index)];
            return walk(list[index], i + 2, [], base, base);
          }
        }
      }
    }
    if (segment in node) return walk(node[segment], i + 1, owner, [...rest, segment], [...walked, segment]);
    const target = refPointer(node.$ref);
    if (target) {
      const resolved = getAt(doc, target);
      // api-smart-diff wraps a `$ref` (with or without siblings) in `allOf: [ ... ]` before comparing.
      if (segment === "allOf" && segments[i + 1] === "0") {
        const found = walk(resolved, i + 2, target, [], target);
        if (found) return found;
      }
      return walk(resolved, i, target, [], target);
    }
    // Composed schemas: a property reported on the composition may come from one of its members.
    for (const keyword of ["allOf", "oneOf", "anyOf"]) {
      if (!Array.isArray(node[keyword])) continue;
      for (const [index, member] of node[keyword].entries()) {
        const found = walk(member, i, owner, [...rest, keyword, String(index)], [...walked, keyword, String(index)]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const found = walk(doc, 0, [], [], []) ?? nearest(doc, segments);
  return found && { ...found, crossed: found.owner.length > 0 };
}

/**
 * When api-smart-diff's path does not lead to a raw node (it pairs `allOf` members its own way),
 * follows it as far as the raw document goes, crossing a `$ref` only where the next segment is in
 * its target, and keeps the rest of the path as given.
 * @param {unknown} doc @param {string[]} segments
 * @returns {{ owner: Pointer, rest: Pointer }}
 */
function nearest(doc, segments) {
  let node = doc;
  /** @type {Pointer} */
  let owner = [];
  /** @type {Pointer} */
  let rest = [];
  let i = 0;
  while (i < segments.length && isObject(node)) {
    const segment = /** @type {string} */ (segments[i]);
    if (segment in node) {
      node = node[segment];
      rest.push(segment);
      i += 1;
      continue;
    }
    const target = refPointer(node.$ref);
    const resolved = target && getAt(doc, target);
    if (!target || !isObject(resolved)) break;
    const skip = segment === "allOf" && segments[i + 1] === "0" && !("allOf" in resolved) ? 2 : 0;
    const next = segments[i + skip];
    if (next === undefined || !(next in resolved)) break;
    owner = target;
    rest = [];
    node = resolved;
    i += skip;
  }
  return { owner, rest: [...rest, ...segments.slice(i)] };
}

/**
 * Which operations reach each component, and in which direction, following `$ref`s transitively.
 * @param {any} doc a raw OpenAPI document
 * @returns {Map<string, Use[]>} keyed by the component's pointer string (`#/components/schemas/Customer`)
 */
export function usageIndex(doc) {
  /** @type {Map<string, Use[]>} */
  const index = new Map();
  // The uses already recorded per component, by operation and place: a component that every
  // operation reaches (a header, an error response) would otherwise be scanned once per operation.
  /** @type {Map<string, Set<string>>} */
  const recorded = new Map();
  /** @param {unknown} node @param {Use} use @param {Set<string>} seen */
  const visit = (node, use, seen) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, use, seen);
      return;
    }
    if (!isObject(node)) return;
    const target = refPointer(node.$ref);
    if (target) {
      const key = pointerToString(target.slice(0, 3));
      if (!seen.has(key)) {
        seen.add(key);
        const uses = index.get(key) ?? [];
        const keys = recorded.get(key) ?? new Set();
        const useKey = `${use.operation}\u0000${use.where}`;
        if (!keys.has(useKey)) {
          keys.add(useKey);
          uses.push(use);
        }
        recorded.set(key, keys);
        index.set(key, uses);
        visit(getAt(doc, target.slice(0, 3)), use, seen);
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== "$ref" && key !== "examples" && key !== "example") visit(value, use, seen);
  };
  for (const [path, pathItem] of Object.entries(doc?.paths ?? {})) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const name = typeof operation.operationId === "string" ? operation.operationId : `${method.toUpperCase()} ${path}`;
      for (const parameter of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const raw = isObject(parameter) && parameter.$ref ? getAt(doc, refPointer(parameter.$ref) ?? []) : parameter;
        const where = isObject(raw) ? `${raw.in} parameter ${raw.name}` : "parameter";
        visit(parameter, { operation: name, direction: "request", where }, new Set());
      }
      if (operation.requestBody) visit(operation.requestBody, { operation: name, direction: "request", where: "request body" }, new Set());
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        visit(response, { operation: name, direction: "response", where: `response ${status}` }, new Set());
      }
    }
  }
  return index;
}
