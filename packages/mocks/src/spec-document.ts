import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { operations } from "@partnercenter/types";
// The bundled spec (openapi/dist/openapi.json). The package build inlines it, so the published
// mock validates against the same document the types and examples were generated from.
import bundledDocument from "@partnercenter/openapi/openapi.json" with { type: "json" };

/** The `operationId`s of the operations the mock serves. */
export type OperationId = keyof operations;

/** A JSON Schema node of the OpenAPI document (only the keywords the mock reads). */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  enum?: unknown[];
  required?: string[];
  readOnly?: boolean;
  writeOnly?: boolean;
}

interface ParameterObject {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema?: SchemaObject;
  content?: Record<string, { schema?: SchemaObject }>;
}

interface OperationObject {
  operationId: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaObject }> };
  security?: Record<string, string[]>[];
}

interface OpenApiDocument {
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, unknown> & { parameters?: ParameterObject[] }>;
  components: { schemas: Record<string, SchemaObject> };
}

/** The bundled OpenAPI document the mock follows. */
export const openApiDocument = bundledDocument as unknown as OpenApiDocument;

/** The `$id` the document is registered under in ajv; only used to resolve references. */
const DOCUMENT_ID = "https://partnercenter-mocks.invalid/openapi.json";
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A request parameter of an operation, with the JSON pointer of its schema in the document. */
export interface SpecParameter {
  name: string;
  in: ParameterObject["in"];
  required: boolean;
  /** `schema` parameters are strings on the wire, read by their schema's type; `content` parameters carry a JSON document. */
  style: "schema" | "json-content";
  /**
   * Whether an array value comes as one occurrence per item (`a=1&a=2`, OpenAPI's `explode`,
   * the default of query parameters) rather than comma-separated in one (`a=1,2`, the default
   * of headers and path parameters).
   */
  explode: boolean;
  schemaPointer: string;
}

/** What the spec says about one operation. */
export interface SpecOperation {
  operationId: OperationId;
  method: string;
  pathTemplate: string;
  parameters: SpecParameter[];
  /** JSON pointer of the `application/json` request body schema, when the operation takes a body. */
  requestBodyPointer?: string;
  /** The request body's media types, lower case, e.g. `application/json` and `text/json`. */
  requestBodyMediaTypes: string[];
  requestBodyRequired: boolean;
  /** Names of the security schemes any one of which the operation accepts (e.g. `AppUser`, `AppOnly`). */
  securitySchemes: string[];
}

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** Resolves a local JSON pointer (`#/components/schemas/Customer`) in the document. */
export function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith("#")) throw new Error(`only local references are supported, got ${pointer}`);
  let node: unknown = openApiDocument;
  for (const raw of pointer.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) throw new Error(`${pointer} does not resolve in the bundled spec`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows `$ref` until a schema without one is reached. */
export function dereference<T extends { $ref?: string }>(node: T): T {
  let current = node;
  for (let hops = 0; current.$ref !== undefined; hops += 1) {
    if (hops > 32) throw new Error(`reference cycle at ${current.$ref}`);
    current = resolvePointer(current.$ref) as T;
  }
  return current;
}

const operationCache = new Map<OperationId, SpecOperation>();

/**
 * What the spec declares for an operation: method, path, parameters (path-level and
 * operation-level, references resolved), request body and security.
 *
 * @throws Error when the bundled spec has no operation with that `operationId`
 */
export function specOperation(operationId: OperationId): SpecOperation {
  const cached = operationCache.get(operationId);
  if (cached) return cached;
  for (const [pathTemplate, pathItem] of Object.entries(openApiDocument.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as OperationObject | undefined;
      if (operation?.operationId !== operationId) continue;
      const operationPointer = `#/paths/${escapePointer(pathTemplate)}/${method}`;
      const parameters = [
        ...(pathItem.parameters ?? []).map((parameter, index) => [parameter, `#/paths/${escapePointer(pathTemplate)}/parameters/${index}`] as const),
        ...(operation.parameters ?? []).map((parameter, index) => [parameter, `${operationPointer}/parameters/${index}`] as const),
      ].map(([parameter, pointer]): SpecParameter => {
        const resolvedPointer = parameter.$ref ?? pointer;
        const resolved = dereference(parameter);
        const json = resolved.content?.["application/json"];
        const style = resolved.style ?? (resolved.in === "query" || resolved.in === "cookie" ? "form" : "simple");
        return {
          name: resolved.name,
          in: resolved.in,
          required: resolved.required ?? false,
          style: json ? "json-content" : "schema",
          explode: resolved.explode ?? style === "form",
          schemaPointer: json ? `${resolvedPointer}/content/application~1json/schema` : `${resolvedPointer}/schema`,
        };
      });
      const body = operation.requestBody?.content?.["application/json"];
      const result: SpecOperation = {
        operationId,
        method: method.toUpperCase(),
        pathTemplate,
        parameters,
        ...(body ? { requestBodyPointer: `${operationPointer}/requestBody/content/application~1json/schema` } : {}),
        requestBodyMediaTypes: Object.keys(operation.requestBody?.content ?? {}).map((mediaType) => mediaType.toLowerCase()),
        requestBodyRequired: operation.requestBody?.required ?? false,
        securitySchemes: (operation.security ?? openApiDocument.security ?? []).flatMap((requirement) => Object.keys(requirement)),
      };
      operationCache.set(operationId, result);
      return result;
    }
  }
  throw new Error(`the bundled spec has no operation ${operationId}`);
}

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function specAjv(): Ajv2020 {
  if (ajv) return ajv;
  // strict: false because the document is an OpenAPI file, not a bare JSON Schema: its root and
  // its parameter objects carry OpenAPI keywords ajv does not know.
  const instance = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats.default(instance);
  instance.addFormat("int32", { type: "number", validate: (value: number) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 });
  instance.addFormat("int64", { type: "number", validate: (value: number) => Number.isSafeInteger(value) });
  instance.addSchema(openApiDocument as object, DOCUMENT_ID);
  ajv = instance;
  return instance;
}

/** An ajv validator for the schema at a JSON pointer of the bundled spec (compiled once, cached). */
export function validatorAt(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (!validate) {
    validate = specAjv().compile({ $ref: `${DOCUMENT_ID}${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

/** An ajv validator for a named component schema, e.g. `Customer`. */
export function componentValidator(schemaName: string): ValidateFunction {
  return validatorAt(`#/components/schemas/${escapePointer(schemaName)}`);
}

/** The properties a schema allows (through `$ref`, `allOf`, `oneOf`, `anyOf`), keyed by lower-cased name. */
export function schemaProperties(schema: SchemaObject): Map<string, { name: string; schema: SchemaObject }> {
  const found = new Map<string, { name: string; schema: SchemaObject }>();
  const visit = (node: SchemaObject, depth: number) => {
    if (depth > 16) return;
    const resolved = dereference(node);
    for (const [name, property] of Object.entries(resolved.properties ?? {})) {
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), { name, schema: property });
    }
    for (const branch of [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) visit(branch, depth + 1);
  };
  visit(schema, 0);
  return found;
}

/** The `enum` of a schema (through `$ref` and `allOf`), or `undefined`. */
export function schemaEnum(schema: SchemaObject): unknown[] | undefined {
  const resolved = dereference(schema);
  if (resolved.enum) return resolved.enum;
  for (const branch of resolved.allOf ?? []) {
    const found = schemaEnum(branch);
    if (found) return found;
  }
  return undefined;
}

/** Every `enum` value a schema or any of its `anyOf` / `oneOf` / `allOf` branches allows. */
export function schemaEnumValues(schema: SchemaObject, depth = 0): unknown[] {
  if (depth > 16) return [];
  const resolved = dereference(schema);
  const branches = [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])];
  return [...(resolved.enum ?? []), ...branches.flatMap((branch) => schemaEnumValues(branch, depth + 1))];
}

/**
 * The JSON types a value of this schema may have (`type`, through `$ref` and every `allOf`,
 * `anyOf` and `oneOf` branch, and the types of `enum` values); empty when the schema says none.
 */
export function schemaTypes(schema: SchemaObject, depth = 0): Set<string> {
  const types = new Set<string>();
  if (depth > 16) return types;
  const resolved = dereference(schema);
  for (const type of typeof resolved.type === "string" ? [resolved.type] : (resolved.type ?? [])) types.add(type);
  for (const value of resolved.enum ?? []) types.add(value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value);
  for (const branch of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) {
    for (const type of schemaTypes(branch, depth + 1)) types.add(type);
  }
  return types;
}

/** The `items` schema of an array schema (through `$ref` and `allOf`), or `undefined`. */
export function schemaItems(schema: SchemaObject): SchemaObject | undefined {
  const resolved = dereference(schema);
  if (resolved.items) return resolved.items;
  for (const branch of resolved.allOf ?? []) {
    const found = schemaItems(branch);
    if (found) return found;
  }
  return undefined;
}

const PREVIEW_CHARS = 60;
/** Containers deeper than this are shown as `[...]` or `{...}`; a request can nest JSON arbitrarily deep. */
const PREVIEW_DEPTH = 8;

/**
 * A short, single-line rendering of a value for an error message: JSON, cut after 60
 * characters. It never walks more of the value than it shows, so a body nested 10 000 levels
 * deep or megabytes long costs no more than a small one.
 */
export function previewValue(value: unknown): string {
  const budget = PREVIEW_CHARS + 1;
  let text = "";
  const write = (part: string) => {
    text += part.length > budget - text.length ? part.slice(0, Math.max(0, budget - text.length)) : part;
    return text.length < budget;
  };
  const visit = (node: unknown, depth: number): boolean => {
    if (node === null || typeof node !== "object") {
      if (typeof node === "string") return write(JSON.stringify(node.length > budget ? node.slice(0, budget) : node));
      return write(String(node));
    }
    if (Array.isArray(node)) {
      if (depth >= PREVIEW_DEPTH) return write("[...]");
      if (!write("[")) return false;
      for (let index = 0; index < node.length; index += 1) {
        if (index > 0 && !write(",")) return false;
        if (!visit(node[index], depth + 1)) return false;
      }
      return write("]");
    }
    if (depth >= PREVIEW_DEPTH) return write("{...}");
    if (!write("{")) return false;
    let first = true;
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      if (!first && !write(",")) return false;
      first = false;
      if (!write(`${JSON.stringify(key.length > budget ? key.slice(0, budget) : key)}:`)) return false;
      if (!visit((node as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return write("}");
  };
  visit(value, 0);
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}...` : text;
}

function valueAt(data: unknown, instancePath: string): unknown {
  let node = data;
  for (const raw of instancePath.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function location(subject: string, instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .reduce((path, raw) => {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      return /^\d+$/.test(key) ? `${path}[${key}]` : `${path}.${key}`;
    }, subject);
}

/**
 * Turns ajv errors into one sentence naming what was wrong, most specific first, e.g.
 * `body.status must be one of: none, open, closed, attention_needed (got "pending")`.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined, subject: string, data: unknown): string {
  const specific = (errors ?? []).filter((error) => !["oneOf", "anyOf", "allOf", "if"].includes(error.keyword));
  const ordered = [...specific].sort((a, b) => b.instancePath.split("/").length - a.instancePath.split("/").length);
  const sentences = ordered.map((error) => {
    const where = location(subject, error.instancePath);
    if (error.keyword === "required") return `${where}.${String(error.params.missingProperty)} is required`;
    const got = ` (got ${previewValue(valueAt(data, error.instancePath))})`;
    if (error.keyword === "enum") return `${where} must be one of: ${(error.params.allowedValues as unknown[]).join(", ")}${got}`;
    if (error.keyword === "format" && error.params.format === "uuid") return `${where} must be a GUID${got}`;
    if (error.keyword === "type") return `${where} must be of type ${String(error.params.type)}${got}`;
    return `${where} ${error.message ?? "is invalid"}${got}`;
  });
  const distinct = [...new Set(sentences)];
  return distinct.length === 0 ? `${subject} is invalid` : distinct.slice(0, 3).join("; ");
}
