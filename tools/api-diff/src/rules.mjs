// The gate's classification: what a spec change means for code written against the generated
// TypeScript packages. The generated types are used both ways: the client's users write
// requests and read responses, and the mocks' users write responses (seed data, overrides). So:
// - narrowing a type (fewer values allowed, a required property added) breaks code that writes it;
// - widening a type (more values possible, a property made optional) breaks code that reads it,
//   which a response always has and a request (written by the client's users) does not;
// - removing or renaming anything breaks both; adding optional things breaks neither;
// - text and examples only reach TSDoc and the docs: annotation-only.
// A change no rule below recognises is reported as breaking, so a gap in the rules errs safe.

import { getAt, HTTP_METHODS, isObject } from "./locate.mjs";

/** @typedef {"breaking" | "non-breaking" | "annotation"} Classification */
/** @typedef {import("./locate.mjs").Use} Use */
/**
 * @typedef {object} LocatedChange
 * @property {"add" | "remove" | "replace" | "rename"} action
 * @property {string[]} owner the component the change is in (empty for the document itself)
 * @property {string[]} rest the path from `owner` to the changed node
 * @property {unknown} before
 * @property {unknown} after
 * @property {any} beforeDoc
 * @property {any} afterDoc
 * @property {Use[]} uses operations that reach `owner`
 */
/**
 * @typedef {object} Verdict
 * @property {Classification} classification
 * @property {string} subject what changed, in the generated packages' terms (`Customer.companyProfile`)
 * @property {string} change what happened to it
 * @property {string} consequence what it means for consumers' code
 */

const ANNOTATION_KEYWORDS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "$comment", "deprecated", "default", "x-codeSamples", "tags"]);
const VALIDATION_KEYWORDS = new Set(["pattern", "format", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "const", "contentEncoding", "contentMediaType"]);
/** @type {Record<string, string>} */
const COMPONENT_KINDS = { schemas: "schema", parameters: "parameter", responses: "response", headers: "header", requestBodies: "request body", securitySchemes: "security scheme", examples: "example" };
const PROPERTY_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
const SUBSCHEMAS = new Set(["items", "additionalProperties", "unevaluatedItems", "not", "contains", "propertyNames", "if", "then", "else"]);
const COMPOSITIONS = new Set(["allOf", "oneOf", "anyOf", "prefixItems"]);

const READERS = "Code that reads it";
const WRITERS_REQUEST = "calls that send it (client users)";
const WRITERS_RESPONSE = "mock data that returns it (seed data, overrides)";

/** @param {Classification} classification @param {string} subject @param {string} change @param {string} consequence @returns {Verdict} */
const verdict = (classification, subject, change, consequence) => ({ classification, subject, change, consequence });

/** @param {unknown} value */
const show = (value) => (value === undefined ? "nothing" : `\`${JSON.stringify(value)}\``);

/** Which ways a schema is used: read (it reaches a response, or no operation uses it) and written (always). @param {Use[]} uses */
function readership(uses) {
  const response = uses.length === 0 || uses.some((use) => use.direction === "response");
  const request = uses.length === 0 || uses.some((use) => use.direction === "request");
  return { response, request };
}

/**
 * A type that now allows more values breaks the code that reads it: response users always (an
 * exhaustive `switch`, a narrower variable), request-only types never.
 * @param {Use[]} uses @param {string} subject @param {string} change @param {string} what what readers must now handle
 */
function widening(uses, subject, change, what) {
  return readership(uses).response
    ? verdict("breaking", subject, change, `${READERS} (client responses) must now handle ${what}: an exhaustive \`switch\` or a variable of the old type no longer compiles.`)
    : verdict("non-breaking", subject, change, "Only sent in requests: calls that compiled still compile.");
}

/**
 * A type that now allows fewer values breaks the code that writes it, which every type has:
 * requests are written by the client's users, responses by the mocks' users.
 * @param {Use[]} uses @param {string} subject @param {string} change @param {string} what what writers must now do
 */
function narrowing(uses, subject, change, what) {
  const { request, response } = readership(uses);
  const writers = [request && WRITERS_REQUEST, response && WRITERS_RESPONSE].filter(Boolean).join(" and ");
  return verdict("breaking", subject, change, `${writers.charAt(0).toUpperCase()}${writers.slice(1)} must now ${what}: code that does not no longer compiles (or is rejected by the mock).`);
}

/**
 * Walks a path inside a schema: the property path it names (`.items[].status`) and the keyword
 * that was edited, if any.
 * @param {string[]} sub
 */
function schemaPath(sub) {
  let name = "";
  let i = 0;
  /** @type {{ kind: "property", name: string } | { kind: "member", keyword: string, index: string } | { kind: "subschema", keyword: string } | { kind: "keyword", keyword: string, args: string[] } | { kind: "schema" }} */
  let end = { kind: "schema" };
  while (i < sub.length) {
    const segment = /** @type {string} */ (sub[i]);
    const next = sub[i + 1];
    if (PROPERTY_MAPS.has(segment) && next !== undefined) {
      name += `.${next}`;
      end = { kind: "property", name: next };
      i += 2;
    } else if (COMPOSITIONS.has(segment) && next !== undefined) {
      if (segment !== "allOf") name += ` (${segment}[${next}])`;
      end = { kind: "member", keyword: segment, index: next };
      i += 2;
    } else if (SUBSCHEMAS.has(segment) && next !== undefined && !(segment === "additionalProperties" && typeof next === "boolean")) {
      name += segment === "items" ? "[]" : ` (${segment})`;
      end = { kind: "subschema", keyword: segment };
      i += 1;
    } else {
      end = { kind: "keyword", keyword: segment, args: sub.slice(i + 1) };
      break;
    }
  }
  return { name, end };
}

/** @param {unknown} type */
const typeSet = (type) => new Set(Array.isArray(type) ? type : type === undefined ? ["any"] : [type]);

/**
 * Classifies a change inside a schema.
 * @param {LocatedChange} change
 * @param {string} subject the schema's name in the generated packages
 * @param {string[]} sub the path inside the schema
 * @param {string[]} pointer the raw pointer of the schema (in either document)
 * @param {Use[]} uses
 * @returns {Verdict}
 */
export function classifySchemaChange(change, subject, sub, pointer, uses) {
  const { action, before, after } = change;
  const { name, end } = schemaPath(sub);
  const at = `${subject}${name}`;
  const doc = action === "remove" ? change.beforeDoc : change.afterDoc;
  const containerOf = (/** @type {string[]} */ s) => getAt(doc, [...pointer, ...s]);

  if (end.kind === "keyword") {
    const { keyword, args } = end;
    if (ANNOTATION_KEYWORDS.has(keyword)) return verdict("annotation", at, `${keyword} ${action === "add" ? "added" : action === "remove" ? "removed" : "changed"}`, "Documentation only (TSDoc, the reference).");
    const parentPath = sub.slice(0, sub.length - args.length - 1);
    const schemaNode = isObject(containerOf(parentPath)) ? containerOf(parentPath) : getAt(action === "remove" ? change.afterDoc : change.beforeDoc, [...pointer, ...parentPath]);
    switch (keyword) {
      case "required": {
        const property = /** @type {string} */ (action === "remove" ? before : after);
        if (action === "add") return narrowing(uses, `${at}.${property}`, "became required", `set \`${property}\``);
        if (action === "remove") return widening(uses, `${at}.${property}`, "became optional", "its absence (`undefined`)");
        return verdict("breaking", at, `required property ${show(before)} replaced by ${show(after)}`, `Code that writes it must now set ${show(after)}; code that reads it must handle ${show(before)} being absent.`);
      }
      case "enum": {
        const open = isObject(schemaNode) && isObject(schemaNode["x-ms-enum"]) && schemaNode["x-ms-enum"].modelAsString === true;
        if (args.length === 0) {
          return action === "add" ? narrowing(uses, at, `restricted to ${show(after)}`, `use one of ${show(after)}`) : action === "remove" ? widening(uses, at, "no longer restricted to a list of values", "any value") : verdict("breaking", at, `values ${show(before)} replaced by ${show(after)}`, "Code that uses a removed value no longer compiles.");
        }
        if (action === "add") {
          if (open) return verdict("non-breaking", at, `enum value ${show(after)} added to an open enum (x-ms-enum modelAsString)`, "The generated type already accepts any string; code that compiled still compiles.");
          return widening(uses, at, `enum value ${show(after)} added`, `the value ${show(after)}`);
        }
        if (action === "remove") return narrowing(uses, at, `enum value ${show(before)} removed`, `stop using ${show(before)}`);
        return verdict("breaking", at, `enum value ${show(before)} renamed to ${show(after)}`, `Code that uses ${show(before)} no longer compiles.`);
      }
      case "x-ms-enum": {
        const wasOpen = action === "add" ? false : args.length === 0 ? isObject(before) && before.modelAsString === true : args[0] === "modelAsString" ? before === true : undefined;
        const isOpen = action === "remove" ? false : args.length === 0 ? isObject(after) && after.modelAsString === true : args[0] === "modelAsString" ? after === true : undefined;
        if (wasOpen === undefined || isOpen === undefined || wasOpen === isOpen) return verdict("annotation", at, "x-ms-enum metadata changed", "Does not change the generated types.");
        return isOpen ? widening(uses, at, "enum opened (x-ms-enum modelAsString: true)", "any string") : narrowing(uses, at, "enum closed (x-ms-enum modelAsString removed)", "use only the listed values");
      }
      case "type": {
        const was = typeSet(getAt(change.beforeDoc, [...pointer, ...parentPath, "type"]) ?? (action === "add" ? undefined : before));
        const now = typeSet(getAt(change.afterDoc, [...pointer, ...parentPath, "type"]) ?? (action === "remove" ? undefined : after));
        const text = `type ${[...was].join(" | ")} changed to ${[...now].join(" | ")}`;
        if (was.has("any") && now.has("any")) return verdict("breaking", at, text, "Not recognised by the gate's rules; treated as breaking.");
        const widened = [...was].every((t) => now.has(t) || (t === "integer" && now.has("number")));
        const narrowed = [...now].every((t) => was.has(t) || (t === "integer" && was.has("number")) || was.has("any"));
        if (widened && narrowed) return verdict("non-breaking", at, `${text} (same types)`, "The generated type is the same.");
        if (narrowed) return narrowing(uses, at, `narrowed: ${text}`, `write only ${[...now].join(" | ")}`);
        if (widened) return widening(uses, at, `widened: ${text}`, [...now].filter((t) => !was.has(t)).join(" | "));
        return verdict("breaking", at, text, "Code that reads or writes it with the old type no longer compiles.");
      }
      case "$ref":
        return verdict("breaking", at, action === "remove" ? `no longer refers to ${show(before)}` : action === "add" ? `now refers to ${show(after)}` : `now refers to ${show(after)} instead of ${show(before)}`, "Its generated type is now another named type; code that relied on the old one may no longer compile.");
      case "readOnly":
        if ((action === "add" && after === true) || (action === "replace" && after === true)) return verdict("breaking", at, "became readOnly", "The generated property becomes `readonly`: code that assigns it no longer compiles.");
        return verdict("non-breaking", at, "no longer readOnly", "Code that compiled still compiles.");
      case "writeOnly":
        return verdict("non-breaking", at, `writeOnly ${action === "remove" ? "removed" : "set"}`, "The generated types do not mark writeOnly properties; code that compiled still compiles.");
      case "additionalProperties":
      case "unevaluatedProperties": {
        const closed = action !== "remove" && after === false;
        if (closed) return narrowing(uses, at, `${keyword}: false`, "send no property the schema does not list");
        return verdict("non-breaking", at, `${keyword} ${action === "remove" ? "removed" : `set to ${show(after)}`}`, "Accepts more properties than before; code that compiled still compiles.");
      }
      default:
        if (VALIDATION_KEYWORDS.has(keyword)) {
          const tighter = action === "add" || (action === "replace" && !(typeof before === "number" && typeof after === "number" && (keyword.startsWith("min") || keyword === "exclusiveMinimum" ? after < before : after > before)));
          if (!tighter) return verdict("non-breaking", at, `${keyword} ${action === "remove" ? "removed" : "relaxed"}`, "Allows more values than before.");
          return readership(uses).request
            ? verdict("breaking", at, `${keyword} ${show(before)} became ${show(after)}`, "The mock validates requests against the spec: requests that passed may now be rejected.")
            : verdict("non-breaking", at, `${keyword} ${show(before)} became ${show(after)}`, "Only in responses, and the generated types do not carry it.");
        }
        if (COMPOSITIONS.has(keyword) || SUBSCHEMAS.has(keyword)) {
          return verdict("breaking", at, `${keyword} ${action === "add" ? "added" : action === "remove" ? "removed" : "changed"}`, "The generated type changes shape; code written against it may no longer compile.");
        }
        if (keyword.startsWith("x-")) return verdict("non-breaking", at, `vendor extension ${keyword} ${action === "add" ? "added" : action === "remove" ? "removed" : "changed"}`, "Does not reach the generated types.");
        return verdict("breaking", at, `${keyword} ${action === "add" ? "added" : action === "remove" ? "removed" : "changed"}`, "Not recognised by the gate's rules; treated as breaking: review it.");
    }
  }

  if (end.kind === "property") {
    if (action === "remove") return verdict("breaking", at, "property removed", `Code that reads or writes \`${end.name}\` no longer compiles: client code that reads it, mock data or requests that set it.`);
    if (action === "add") {
      const container = containerOf(sub.slice(0, -2));
      const required = isObject(container) && Array.isArray(container.required) && container.required.includes(end.name);
      if (required) return narrowing(uses, at, "required property added", `set \`${end.name}\``);
      return verdict("non-breaking", at, "optional property added", "Code that compiled still compiles.");
    }
    return verdict("breaking", at, "property redefined", `Code that reads or writes \`${end.name}\` with its old type may no longer compile.`);
  }
  if (end.kind === "member") {
    if (end.keyword === "oneOf" || end.keyword === "anyOf") {
      if (action === "add") return widening(uses, at, `${end.keyword} variant added`, "the new variant");
      if (action === "remove") return narrowing(uses, at, `${end.keyword} variant removed`, "stop using the removed variant");
    }
    return verdict("breaking", at, `${end.keyword} member ${action === "add" ? "added" : action === "remove" ? "removed" : "changed"}`, "The generated type changes shape; code written against it may no longer compile.");
  }
  return verdict("breaking", at, `${end.kind === "subschema" ? end.keyword : "schema"} ${action === "add" ? "added" : action === "remove" ? "removed" : "replaced"}`, "The generated type changes shape; code written against it may no longer compile.");
}

/**
 * Classifies a change inside a parameter (inline in an operation, or a parameter component).
 * @param {LocatedChange} change @param {string} subject @param {string[]} sub path inside the parameter @param {string[]} pointer @param {Use[]} uses
 * @returns {Verdict}
 */
function classifyParameterChange(change, subject, sub, pointer, uses) {
  const { action, before, after } = change;
  if (sub.length === 0) {
    if (action === "remove") return verdict("breaking", subject, "parameter removed", "Calls that pass it no longer compile.");
    const parameter = /** @type {any} */ (after);
    if (action === "add") {
      return isObject(parameter) && (parameter.required === true || parameter.in === "path")
        ? verdict("breaking", subject, "required parameter added", "Every call must now pass it: existing calls no longer compile.")
        : verdict("non-breaking", subject, "optional parameter added", "Code that compiled still compiles.");
    }
    return verdict("breaking", subject, "parameter redefined", "Calls that pass it may no longer compile.");
  }
  const [keyword, ...rest] = sub;
  if (ANNOTATION_KEYWORDS.has(/** @type {string} */ (keyword))) return verdict("annotation", subject, `${keyword} changed`, "Documentation only (TSDoc, the reference).");
  if (keyword === "required") {
    return after === true
      ? verdict("breaking", subject, "became required", "Every call must now pass it: existing calls that omit it no longer compile.")
      : verdict("non-breaking", subject, "became optional", "Code that compiled still compiles.");
  }
  if (keyword === "schema") return classifySchemaChange(change, subject, rest, [...pointer, "schema"], uses.length ? uses : [{ operation: "", direction: "request", where: "" }]);
  if (keyword === "content" && rest.length >= 2 && rest[1] === "schema") {
    return classifySchemaChange(change, subject, rest.slice(2), [...pointer, "content", /** @type {string} */ (rest[0]), "schema"], uses.length ? uses : [{ operation: "", direction: "request", where: "" }]);
  }
  if (keyword === "content" && rest.length >= 2 && ANNOTATION_KEYWORDS.has(/** @type {string} */ (rest[1]))) return verdict("annotation", subject, "example changed", "Documentation only.");
  if (typeof keyword === "string" && keyword.startsWith("x-")) return verdict("non-breaking", subject, `vendor extension ${keyword} changed`, "Does not reach the generated types.");
  return verdict("breaking", subject, `${sub.join(".")} changed from ${show(before)} to ${show(after)}`, "How the parameter is named or serialized changed: calls may no longer compile or may be rejected.");
}

/**
 * Classifies a change inside a response (inline in an operation, or a response component).
 * @param {LocatedChange} change @param {string} subject @param {string[]} sub @param {string[]} pointer @param {Use[]} uses @param {string} [status]
 * @returns {Verdict}
 */
function classifyResponseChange(change, subject, sub, pointer, uses, status) {
  const { action } = change;
  const verb = action === "add" ? "added" : action === "remove" ? "removed" : "changed";
  if (sub.length === 0) {
    if (action === "add") {
      return status?.startsWith("2")
        ? verdict("breaking", subject, "success response added", "The success type becomes a union: code that reads the result may no longer compile.")
        : verdict("non-breaking", subject, "response added", "The error type gains a case; code that compiled still compiles.");
    }
    return verdict("breaking", subject, `response ${verb}`, "Code that reads this response's type no longer compiles.");
  }
  const [keyword, ...rest] = sub;
  const responseUses = uses.length ? uses : [{ operation: "", direction: /** @type {const} */ ("response"), where: "" }];
  if (keyword === "description") return verdict("annotation", subject, "description changed", "Documentation only.");
  if (keyword === "headers") {
    if (rest.length === 1) return action === "add" ? verdict("non-breaking", `${subject} header ${rest[0]}`, "header added", "Code that compiled still compiles.") : verdict("breaking", `${subject} header ${rest[0]}`, `header ${verb}`, "Code that reads it no longer compiles.");
    const [header, headerKeyword, ...headerRest] = rest;
    if (ANNOTATION_KEYWORDS.has(/** @type {string} */ (headerKeyword))) return verdict("annotation", `${subject} header ${header}`, `${headerKeyword} changed`, "Documentation only.");
    if (headerKeyword === "schema") return classifySchemaChange(change, `${subject} header ${header}`, headerRest, [...pointer, "headers", /** @type {string} */ (header), "schema"], responseUses);
  }
  if (keyword === "content") {
    const [mediaType, mediaKeyword, ...mediaRest] = rest;
    if (rest.length === 1) return action === "add" ? verdict("non-breaking", `${subject} ${mediaType}`, "media type added", "Code that compiled still compiles.") : verdict("breaking", `${subject} ${mediaType}`, `media type ${verb}`, "Code that reads this body no longer compiles.");
    if (ANNOTATION_KEYWORDS.has(/** @type {string} */ (mediaKeyword))) return verdict("annotation", subject, `${mediaKeyword} changed`, "Documentation only (the reference, the mock's examples).");
    if (mediaKeyword === "schema") return classifySchemaChange(change, `${subject} body`, mediaRest, [...pointer, "content", /** @type {string} */ (mediaType), "schema"], responseUses);
  }
  if (typeof keyword === "string" && keyword.startsWith("x-")) return verdict("non-breaking", subject, `vendor extension ${keyword} ${verb}`, "Does not reach the generated types.");
  return verdict("breaking", subject, `${sub.join(".")} ${verb}`, "Not recognised by the gate's rules; treated as breaking: review it.");
}

/** @param {any} doc @param {string} path @param {string} method */
const operationName = (doc, path, method) => {
  const operation = doc?.paths?.[path]?.[method];
  return typeof operation?.operationId === "string" ? operation.operationId : `${method.toUpperCase()} ${path}`;
};

/**
 * Classifies one located change.
 * @param {LocatedChange} change
 * @returns {Verdict}
 */
export function classify(change) {
  const { owner, rest, action, before, after, uses } = change;
  const doc = action === "remove" ? change.beforeDoc : change.afterDoc;
  const verb = action === "add" ? "added" : action === "remove" ? "removed" : action === "rename" ? "renamed" : "changed";

  if (owner.length === 3 && owner[0] === "components") {
    const [, type, name] = /** @type {[string, string, string]} */ (owner);
    if (type === "schemas") return classifySchemaChange(change, name, rest, owner, uses);
    if (type === "parameters") return classifyParameterChange(change, `parameter ${name}`, rest, owner, uses);
    if (type === "responses") return classifyResponseChange(change, `response ${name}`, rest, owner, uses);
    if (type === "examples") return verdict("annotation", `example ${name}`, `${rest.join(".") || "example"} ${verb}`, "Documentation and mock data only.");
    if (type === "headers") return classifyResponseChange(change, "response headers", ["headers", name, ...rest], ["components"], uses);
    return verdict("breaking", `${type} ${name}`, `${rest.join(".")} ${verb}`, "Not recognised by the gate's rules; treated as breaking: review it.");
  }

  const [top, ...sub] = rest;
  if (top === "components") {
    const [type, name, ...inner] = sub;
    if (inner.length === 0 && name !== undefined) {
      if (type === "examples") return verdict("annotation", `example ${name}`, `example ${verb}`, "Documentation and mock data only.");
      const kind = COMPONENT_KINDS[/** @type {string} */ (type)] ?? type;
      if (action === "add") return verdict("non-breaking", `${kind} ${name}`, `${kind} ${verb}`, "A new named type; code that compiled still compiles.");
      return verdict("breaking", `${kind} ${name}`, `${kind} ${verb}`, `Code that imports or refers to \`${name}\` no longer compiles.`);
    }
    return classify({ ...change, owner: ["components", /** @type {string} */ (type), /** @type {string} */ (name)], rest: inner });
  }
  if (top === "info" || top === "tags" || top === "externalDocs" || top === "servers" || top === "x-tagGroups") {
    return verdict("annotation", top, `${sub.join(".") || top} ${verb}`, "Documentation only.");
  }
  if (top === "security") return action === "add" ? verdict("non-breaking", "security", "requirement added", "Accepts more credentials.") : verdict("breaking", "security", `requirement ${verb}`, "Credentials that worked may now be refused (the mock enforces it).");
  if (top === "paths") {
    const [path = "", method, ...inside] = /** @type {string[]} */ (sub);
    if (method === undefined) return action === "add" ? verdict("non-breaking", `path ${path}`, "path added", "New operations; code that compiled still compiles.") : verdict("breaking", `path ${path}`, `path ${verb}`, "Code that calls its operations no longer compiles.");
    if (method === "parameters") {
      const [index = "", ...parameterRest] = inside;
      const parameter = getAt(doc, ["paths", path, "parameters", index]);
      const label = isObject(parameter) ? `${parameter.in} parameter ${parameter.name}` : "parameter";
      return classifyParameterChange(change, `${path} ${label}`, parameterRest, ["paths", path, "parameters", /** @type {string} */ (index)], []);
    }
    if (!HTTP_METHODS.includes(method)) return verdict("annotation", `path ${path}`, `${method} ${verb}`, "Documentation only.");
    const name = operationName(change.afterDoc, path, method) ?? operationName(change.beforeDoc, path, method);
    const opName = action === "remove" && inside.length === 0 ? operationName(change.beforeDoc, path, method) : name;
    const at = ["paths", path, method];
    if (inside.length === 0) {
      return action === "add"
        ? verdict("non-breaking", `${opName} (${method.toUpperCase()} ${path})`, "operation added", "A new operation; code that compiled still compiles.")
        : verdict("breaking", `${opName} (${method.toUpperCase()} ${path})`, `operation ${verb}`, "Code that calls it no longer compiles.");
    }
    const [keyword, ...keywordRest] = inside;
    if (ANNOTATION_KEYWORDS.has(/** @type {string} */ (keyword))) return verdict("annotation", opName, `${keyword} changed`, "Documentation only (TSDoc, the reference).");
    switch (keyword) {
      case "operationId":
        return verdict("breaking", opName, `operationId ${show(before)} became ${show(after)}`, "The generated `operations` entry and the client's function are named after it: code that uses the old name no longer compiles.");
      case "parameters": {
        const [index = "", ...parameterRest] = keywordRest;
        const parameter = getAt(doc, [...at, "parameters", /** @type {string} */ (index)]);
        const label = isObject(parameter) ? `${parameter.in} parameter ${parameter.name}` : "parameter";
        return classifyParameterChange(change, `${opName} ${label}`, parameterRest, [...at, "parameters", /** @type {string} */ (index)], [{ operation: opName, direction: "request", where: label }]);
      }
      case "requestBody": {
        const use = [{ operation: opName, direction: /** @type {const} */ ("request"), where: "request body" }];
        if (keywordRest.length === 0) {
          if (action === "add") return isObject(after) && after.required === true ? verdict("breaking", `${opName} request body`, "required request body added", "Existing calls send no body: they no longer compile.") : verdict("non-breaking", `${opName} request body`, "optional request body added", "Code that compiled still compiles.");
          return verdict("breaking", `${opName} request body`, `request body ${verb}`, "Calls that send a body no longer compile.");
        }
        const [bodyKeyword, mediaType = "", mediaKeyword, ...mediaRest] = keywordRest;
        if (bodyKeyword === "description") return verdict("annotation", `${opName} request body`, "description changed", "Documentation only.");
        if (bodyKeyword === "required") return after === true ? verdict("breaking", `${opName} request body`, "became required", "Calls without a body no longer compile.") : verdict("non-breaking", `${opName} request body`, "became optional", "Code that compiled still compiles.");
        if (bodyKeyword === "content" && mediaKeyword === undefined) return action === "add" ? verdict("non-breaking", `${opName} request body ${mediaType}`, "media type added", "Code that compiled still compiles.") : verdict("breaking", `${opName} request body ${mediaType}`, `media type ${verb}`, "Calls that send this media type no longer compile.");
        if (bodyKeyword === "content" && ANNOTATION_KEYWORDS.has(/** @type {string} */ (mediaKeyword))) return verdict("annotation", `${opName} request body`, `${mediaKeyword} changed`, "Documentation only.");
        if (bodyKeyword === "content" && mediaKeyword === "schema") return classifySchemaChange(change, `${opName} request body`, mediaRest, [...at, "requestBody", "content", /** @type {string} */ (mediaType), "schema"], use);
        break;
      }
      case "responses": {
        const [status, ...responseRest] = keywordRest;
        if (status === undefined) break;
        return classifyResponseChange(change, `${opName} response ${status}`, responseRest, [...at, "responses", status], [{ operation: opName, direction: "response", where: `response ${status}` }], status);
      }
      case "security":
        return action === "add" ? verdict("non-breaking", `${opName} security`, "requirement added", "Accepts more credentials.") : verdict("breaking", `${opName} security`, `requirement ${verb}`, "Credentials that worked may now be refused (the mock enforces it).");
      case "x-partner-center-paging":
        return action === "add" && keywordRest.length === 0 ? verdict("non-breaking", opName, "paging declared", "`paginate()` can now follow its pages; code that compiled still compiles.") : verdict("breaking", opName, `paging form ${verb}`, "`paginate()` and the mock page it differently.");
      default:
        if (typeof keyword === "string" && keyword.startsWith("x-")) return verdict("non-breaking", opName, `vendor extension ${keyword} ${verb}`, "Does not reach the generated types.");
    }
    return verdict("breaking", opName, `${inside.join(".")} ${verb}`, "Not recognised by the gate's rules; treated as breaking: review it.");
  }
  if (typeof top === "string" && top.startsWith("x-")) return verdict("non-breaking", top, `vendor extension ${verb}`, "Does not reach the generated types.");
  return verdict("breaking", rest.join(".") || "document", verb, "Not recognised by the gate's rules; treated as breaking: review it.");
}
