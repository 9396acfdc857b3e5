import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

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
  const?: unknown;
  required?: string[];
  readOnly?: boolean;
  writeOnly?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

/** An OpenAPI document as the mock reads it (the stripped copy `scripts/mock-spec.mjs` writes). */
export interface OpenApiDocument {
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, unknown>;
    examples?: Record<string, { value?: unknown }>;
  };
}

const DEPTH_LIMIT = 32;

/**
 * One OpenAPI document and what the mock derives from it on demand: JSON pointers, `$ref`s,
 * the properties and enums of schemas, and ajv validators compiled the first time each schema is
 * used (so the cost of a request does not grow with the size of the spec).
 */
export class SpecDocument {
  readonly document: OpenApiDocument;
  #ajv: Ajv2020 | undefined;
  readonly #validators = new Map<string, ValidateFunction>();
  // The document never changes: what is read from it is kept.
  readonly #resolved = new Map<string, unknown>();
  readonly #types = new WeakMap<SchemaObject, string[]>();
  readonly #enums = new WeakMap<SchemaObject, unknown[] | null>();
  readonly #propertyMaps = new WeakMap<SchemaObject, Map<string, { name: string; schema: SchemaObject }>>();
  readonly #id: string;

  constructor(document: OpenApiDocument, id = "https://partnercenter-mocks.invalid/openapi.json") {
    this.document = document;
    this.#id = id;
  }

  /** Resolves a local JSON pointer (`#/components/schemas/Customer`). */
  resolve(pointer: string): unknown {
    if (this.#resolved.has(pointer)) return this.#resolved.get(pointer);
    const node = this.#walk(pointer);
    this.#resolved.set(pointer, node);
    return node;
  }

  #walk(pointer: string): unknown {
    if (!pointer.startsWith("#")) throw new Error(`only local references are supported, got ${pointer}`);
    let node: unknown = this.document;
    for (const raw of pointer.slice(1).split("/").slice(1)) {
      const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) throw new Error(`${pointer} does not resolve in the spec`);
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }

  /** Follows `$ref` until a node without one is reached. */
  dereference<T extends { $ref?: string }>(node: T): T {
    let current = node;
    for (let hops = 0; current?.$ref !== undefined; hops += 1) {
      if (hops > DEPTH_LIMIT) throw new Error(`reference cycle at ${current.$ref}`);
      current = this.resolve(current.$ref) as T;
    }
    return current;
  }

  /** The properties a schema allows (through `$ref`, `allOf`, `oneOf`, `anyOf`), keyed by lower-cased name. */
  properties(schema: SchemaObject): Map<string, { name: string; schema: SchemaObject }> {
    const cached = this.#propertyMaps.get(schema);
    if (cached) return cached;
    const found = new Map<string, { name: string; schema: SchemaObject }>();
    const visit = (node: SchemaObject, depth: number) => {
      if (depth > 16) return;
      const resolved = this.dereference(node);
      for (const [name, property] of Object.entries(resolved.properties ?? {})) {
        if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), { name, schema: property });
      }
      for (const branch of [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) visit(branch, depth + 1);
    };
    visit(schema, 0);
    this.#propertyMaps.set(schema, found);
    return found;
  }

  /**
   * The enum values of a schema: its own `enum`, then those of its `allOf`, `anyOf` and `oneOf`
   * branches (through `$ref`), or `undefined` when none has one.
   */
  enumOf(schema: SchemaObject, depth = 0): unknown[] | undefined {
    const cached = this.#enums.get(schema);
    if (cached !== undefined) return cached ?? undefined;
    const resolved = this.dereference(schema);
    const values = [...(resolved.enum ?? [])];
    if (depth < 16) for (const branch of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) values.push(...(this.enumOf(branch, depth + 1) ?? []));
    const found = values.length ? values : undefined;
    this.#enums.set(schema, found ?? null);
    return found;
  }

  /** The `items` schema of an array schema (through `$ref` and `allOf`), or `undefined`. */
  itemsOf(schema: SchemaObject): SchemaObject | undefined {
    const resolved = this.dereference(schema);
    if (resolved.items) return resolved.items;
    for (const branch of resolved.allOf ?? []) {
      const found = this.itemsOf(branch);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The JSON types a value of this schema may have: `type`, through `$ref` and every `allOf`,
   * `anyOf` and `oneOf` branch, and the types of `enum` values; empty when the schema says none.
   */
  typesOf(schema: SchemaObject, depth = 0): string[] {
    const cached = this.#types.get(schema);
    if (cached) return cached;
    const resolved = this.dereference(schema);
    const types = new Set<string>(resolved.type === undefined ? [] : [resolved.type].flat());
    for (const value of resolved.enum ?? []) types.add(value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value);
    if (depth < 16) for (const branch of [...(resolved.allOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) for (const type of this.typesOf(branch, depth + 1)) types.add(type);
    const list = [...types];
    this.#types.set(schema, list);
    return list;
  }

  #instance(): Ajv2020 {
    if (this.#ajv) return this.#ajv;
    // strict: false because the document is an OpenAPI file, not a bare JSON Schema: its root and
    // its parameter objects carry OpenAPI keywords ajv does not know.
    const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    addFormats.default(ajv);
    ajv.addFormat("int32", { type: "number", validate: (value: number) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 });
    ajv.addFormat("int64", { type: "number", validate: (value: number) => Number.isSafeInteger(value) });
    ajv.addSchema(this.document as object, this.#id);
    this.#ajv = ajv;
    return ajv;
  }

  /** An ajv validator for the schema at a JSON pointer (compiled once, then cached). */
  validatorAt(pointer: string): ValidateFunction {
    let validate = this.#validators.get(pointer);
    if (!validate) {
      validate = this.#instance().compile({ $ref: `${this.#id}${pointer}` });
      this.#validators.set(pointer, validate);
    }
    return validate;
  }
}

/** `~` and `/` escaped for a JSON pointer segment. */
export const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

const PREVIEW_CHARS = 60;

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
 * `body.status must be one of: open, closed, attention_needed (got "pending")`.
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
