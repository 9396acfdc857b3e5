// Builds src/generated/operations.ts: one entry per operation of the bundled spec (method, path,
// parameters with their schemas, request body, security, paging, success status) and the
// request view of every component schema those entries reference. The client checks calls
// against it before sending and the mock routes by it; nothing else reads the spec at run time.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const SCHEMA_REF = "#/components/schemas/";
const PARAMETER_REF = "#/components/parameters/";
const PAGING_EXTENSION = "x-partner-center-paging";

// The JSON Schema keywords a request check needs; prose, examples and extensions are dropped.
const KEPT_KEYWORDS = new Set([
  "type", "format", "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum",
  "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
  "minProperties", "maxProperties", "required", "items", "properties", "allOf", "oneOf", "anyOf",
  "not", "$ref",
]);

/**
 * The request view of a schema: validation keywords only, properties marked `readOnly` left
 * out (a client never sends them), and every object that lists properties closed with
 * `unevaluatedProperties: false`, so a misspelt or server-set field is named before sending.
 * (The spec itself keeps request schemas open because the service also reads the SDK's
 * PascalCase bodies; a client of this project sends the camelCase the types declare.)
 * A schema that is a branch of an `allOf` stays open: the composition closes it, since
 * `unevaluatedProperties` sees what every branch evaluated.
 */
function requestView(schema, context, branch = false) {
  if (schema === null || typeof schema !== "object") return schema;
  const view = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (!KEPT_KEYWORDS.has(keyword)) continue;
    if (keyword === "$ref") {
      if (!value.startsWith(SCHEMA_REF)) throw new Error(`unsupported $ref ${value}`);
      context.refs.add(value.slice(SCHEMA_REF.length));
      view.$ref = value;
    } else if (keyword === "properties") {
      const properties = {};
      for (const [name, property] of Object.entries(value)) {
        if (property?.readOnly === true) continue;
        properties[name] = requestView(property, context);
      }
      view.properties = properties;
    } else if (keyword === "required") {
      const readOnly = new Set(Object.entries(schema.properties ?? {}).filter(([, p]) => p?.readOnly === true).map(([n]) => n));
      view.required = value.filter((name) => !readOnly.has(name));
    } else if (keyword === "allOf") {
      view.allOf = value.map((item) => requestView(item, context, true));
    } else if (keyword === "oneOf" || keyword === "anyOf") {
      view[keyword] = value.map((item) => requestView(item, context));
    } else if (keyword === "items" || keyword === "not") {
      view[keyword] = requestView(value, context);
    } else {
      view[keyword] = value;
    }
  }
  if (!branch && (schema.properties || schema.allOf)) view.unevaluatedProperties = false;
  return view;
}

/** Names of the component schemas some `allOf` composes: they stay open (see {@link requestView}). */
function allOfBases(spec) {
  const bases = new Set();
  const visit = (node) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node.allOf)) {
      for (const branch of node.allOf) if (typeof branch?.$ref === "string" && branch.$ref.startsWith(SCHEMA_REF)) bases.add(branch.$ref.slice(SCHEMA_REF.length));
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(spec);
  return bases;
}

function resolveParameter(spec, parameter) {
  if (!parameter.$ref) return { component: undefined, parameter };
  if (!parameter.$ref.startsWith(PARAMETER_REF)) throw new Error(`unsupported parameter $ref ${parameter.$ref}`);
  const component = parameter.$ref.slice(PARAMETER_REF.length);
  const resolved = spec.components?.parameters?.[component];
  if (!resolved) throw new Error(`${parameter.$ref} does not resolve`);
  return { component, parameter: resolved };
}

function parameterEntry(parameter, context) {
  const json = parameter.content?.["application/json"];
  if (parameter.content && !json) throw new Error(`parameter ${parameter.name}: only application/json content is supported`);
  const entry = {
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    schema: requestView(json ? json.schema : parameter.schema ?? {}, context),
  };
  if (json) entry.mediaType = "application/json";
  if (parameter.in === "query" && (parameter.schema?.type === "array" || parameter.explode !== undefined)) entry.explode = parameter.explode ?? true;
  return entry;
}

function successOf(operation, operationId) {
  const status = Object.keys(operation.responses ?? {}).find((code) => /^2\d\d$/.test(code));
  if (!status) throw new Error(`${operationId} declares no 2xx response`);
  const content = operation.responses[status].content ?? {};
  const mediaType = Object.keys(content)[0];
  return mediaType ? { status: Number(status), mediaType } : { status: Number(status) };
}

function pagingOf(operation, operationId) {
  const paging = operation[PAGING_EXTENSION];
  if (paging === undefined) return undefined;
  const { form, sizeParameter, offsetParameter } = paging;
  if (form !== "seek" && form !== "offset") throw new Error(`${operationId}: ${PAGING_EXTENSION}.form must be seek or offset`);
  if (typeof sizeParameter !== "string") throw new Error(`${operationId}: ${PAGING_EXTENSION}.sizeParameter is required`);
  if (form === "offset" && typeof offsetParameter !== "string") throw new Error(`${operationId}: the offset form needs ${PAGING_EXTENSION}.offsetParameter`);
  return form === "offset" ? { form, sizeParameter, offsetParameter } : { form, sizeParameter };
}

/**
 * The operation table of a bundled OpenAPI document.
 * @returns {{ operations: Record<string, object>, parameters: Record<string, object>, schemas: Record<string, object> }}
 */
export function buildOperationTable(spec) {
  const context = { refs: new Set() };
  const parameters = {};
  const operations = {};
  const parameterOf = (raw) => {
    const { component, parameter } = resolveParameter(spec, raw);
    if (!component) return parameterEntry(parameter, context);
    parameters[component] ??= parameterEntry(parameter, context);
    return component;
  };
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    const shared = pathItem.parameters ?? [];
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const { operationId } = operation;
      if (!operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      if (operations[operationId]) throw new Error(`operationId ${operationId} is used twice`);
      // Operation-level parameters override path-level ones of the same name and location.
      const own = operation.parameters ?? [];
      const key = (raw) => {
        const { parameter } = resolveParameter(spec, raw);
        return `${parameter.in}:${parameter.name}`;
      };
      const ownKeys = new Set(own.map(key));
      const all = [...shared.filter((raw) => !ownKeys.has(key(raw))), ...own];
      const entry = {
        method,
        path,
        tag: operation.tags?.[0] ?? "",
        parameters: all.map(parameterOf),
      };
      const body = operation.requestBody;
      if (body) {
        const mediaTypes = Object.keys(body.content ?? {});
        const schema = (body.content?.["application/json"] ?? Object.values(body.content ?? {})[0])?.schema ?? {};
        entry.requestBody = { required: body.required === true, mediaTypes, schema: requestView(schema, context) };
        const name = operation["x-codegen-request-body-name"];
        if (name !== undefined) entry.requestBody.name = name;
      }
      entry.security = [...new Set((operation.security ?? spec.security ?? []).flatMap((requirement) => Object.keys(requirement)))];
      const paging = pagingOf(operation, operationId);
      if (paging) entry.paging = paging;
      entry.success = successOf(operation, operationId);
      operations[operationId] = entry;
    }
  }
  // Component schemas referenced from the entries, and the ones those reference.
  const schemas = {};
  const bases = allOfBases(spec);
  const pending = [...context.refs];
  while (pending.length) {
    const name = pending.pop();
    if (schemas[name]) continue;
    const source = spec.components?.schemas?.[name];
    if (!source) throw new Error(`${SCHEMA_REF}${name} does not resolve`);
    const found = { refs: new Set() };
    schemas[name] = requestView(source, found, bases.has(name));
    for (const ref of found.refs) if (!schemas[ref]) pending.push(ref);
  }
  const sorted = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { operations, parameters: sorted(parameters), schemas: sorted(schemas) };
}

const HEADER =
  "// Generated from openapi/ by packages/types/scripts/generate.mjs. Do not edit:\n" +
  "// change the spec and run `npm run generate` (or `npm run build`).\n";

/** The TypeScript source of src/generated/operations.ts for a bundled OpenAPI document. */
export function renderOperationTable(spec) {
  const { operations, parameters, schemas } = buildOperationTable(spec);
  const json = (value) => JSON.stringify(value, null, 2);
  return [
    HEADER,
    'import type { OperationTableEntry, RequestSchema, TableParameter } from "../operation-table.js";',
    "",
    "/** Parameters declared once under `components/parameters`, by component name. */",
    `export const parameterComponents = ${json(parameters)} as const satisfies Record<string, TableParameter>;`,
    "",
    "/**",
    " * The request view of every component schema a request may carry (readOnly properties left",
    " * out, objects closed), by component name; `$ref`s point at `#/components/schemas/<name>`.",
    " */",
    `export const requestSchemas = ${json(schemas)} as const satisfies Record<string, RequestSchema>;`,
    "",
    "/** Every operation of the spec, by `operationId`. */",
    `export const operationTable = ${json(operations)} as const satisfies Record<string, OperationTableEntry>;`,
    "",
    "/** The `operationId` of every operation in the spec. */",
    "export type OperationId = keyof typeof operationTable;",
    "",
  ].join("\n");
}
