import { escapePointer, type SchemaObject, type SpecDocument } from "./document.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A request parameter of an operation, with the JSON pointer of its schema in the document. */
export interface MockParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** `schema` parameters are text on the wire read by their schema's type; `json` ones carry a JSON document (`content`). */
  style: "schema" | "json";
  /** For an array query parameter: each item its own `name=value` pair (OpenAPI's default). */
  explode: boolean;
  schemaPointer: string;
  /** The parameter's `example` in the spec: the scope its operation's examples belong to. */
  example?: unknown;
}

/** How an operation's collection comes in pages (`x-partner-center-paging`). */
export interface MockPaging {
  form: "seek" | "offset";
  sizeParameter: string;
  offsetParameter?: string;
  /** The query parameter that asks for the next seek page; `seekOperation` unless the spec says otherwise. */
  seekOperationParameter: string;
}

/** What an operation does to the mock's state (`x-mock`; see openapi/README.md). */
export interface MockBinding {
  /** The store collection the operation reads or writes, e.g. `customers`. */
  collection: string;
  action: "list" | "get" | "create" | "update" | "replace" | "delete" | "none";
  /** The path parameter that names the record (get, update, replace, delete). */
  key?: string;
  /** The record field that holds its ID. Default `id`. */
  idField: string;
  /** The path parameters the collection is nested under, e.g. `["customer_id"]`. */
  scope: string[];
  /** List filters: query parameter name to a record field path (`companyProfile.domain`), compared case-insensitively. */
  filters: Record<string, string>;
  /** A query parameter that carries an SDK `FieldFilter` JSON, and the record field path of each filter field name. */
  fieldFilter?: { parameter: string; fields: Record<string, string> };
  /** Named rules (src/state/rules) that run around the action, in order. */
  rules: string[];
  /** An audit record appended after each success. */
  audit?: { resourceType: string; operationType: string };
  /** Records drawn from the item schema at start-up, in addition to the spec's examples (list operations). */
  generate: number;
  /** Top-level fields a list leaves out of its items (the service lists a summary of each record). */
  omit: string[];
  /** The order of a list: a record field path, `-` first for newest or largest first (e.g. `-operationDate`). Default: the order records were added. */
  sort?: string;
  /** The error answered when the record, or the record a scope parameter names, does not exist. */
  notFound?: { code: number; description: string };
}

/** What the spec says about one operation, in the form the mock's pipeline uses. */
export interface MockOperation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  pathTemplate: string;
  /** JSON pointer of the operation object. */
  pointer: string;
  parameters: MockParameter[];
  requestBody?: { pointer: string; required: boolean; mediaTypes: string[] };
  success: { status: number; mediaType?: string; schemaPointer?: string; examples: unknown[] };
  /** Security scheme names, any one of which the operation accepts (`AppUser`, `AppOnly`). */
  securitySchemes: string[];
  paging?: MockPaging;
  binding?: MockBinding;
}

const DEFAULT_ACTIONS: Record<string, MockBinding["action"]> = { POST: "create", PUT: "replace", PATCH: "update", DELETE: "delete" };

function bindingOf(raw: unknown, operationId: string, method: string, pathParameters: string[], endsWithParameter: boolean): MockBinding | undefined {
  if (raw === undefined) return undefined;
  const fail = (message: string): never => {
    throw new Error(`${operationId}: x-mock ${message}`);
  };
  if (raw === null || typeof raw !== "object") fail("must be an object");
  const spec = raw as Record<string, unknown>;
  if (typeof spec.collection !== "string" || spec.collection === "") fail("needs a collection name");
  const action = (spec.action ?? (method === "GET" || method === "HEAD" ? (endsWithParameter ? "get" : "list") : DEFAULT_ACTIONS[method])) as MockBinding["action"];
  if (!["list", "get", "create", "update", "replace", "delete", "none"].includes(action)) fail(`action ${String(action)} is not one of list, get, create, update, replace, delete, none`);
  const keyed = ["get", "update", "replace", "delete"].includes(action);
  const key = (spec.key as string | undefined) ?? (keyed ? pathParameters.at(-1) : undefined);
  if (keyed && (key === undefined || !pathParameters.includes(key))) fail(`action ${action} needs a key path parameter`);
  const scope = (spec.scope as string[] | undefined) ?? pathParameters.filter((name) => name !== key);
  for (const name of scope) if (!pathParameters.includes(name)) fail(`scope ${name} is not a path parameter`);
  const fieldFilter = spec.fieldFilter as MockBinding["fieldFilter"] | undefined;
  const notFound = spec.notFound as MockBinding["notFound"] | undefined;
  const audit = spec.audit as MockBinding["audit"] | undefined;
  return {
    collection: spec.collection as string,
    action,
    ...(key !== undefined ? { key } : {}),
    idField: (spec.idField as string | undefined) ?? "id",
    scope,
    filters: (spec.filters as Record<string, string> | undefined) ?? {},
    ...(fieldFilter ? { fieldFilter } : {}),
    rules: (spec.rules as string[] | undefined) ?? [],
    ...(audit ? { audit } : {}),
    generate: (spec.generate as number | undefined) ?? 0,
    ...(typeof spec.sort === "string" ? { sort: spec.sort } : {}),
    omit: (spec.omit as string[] | undefined) ?? [],
    ...(notFound ? { notFound } : {}),
  };
}

/**
 * Every operation of the document, read once when a mock is created: parameters (path-level
 * and operation-level, references resolved), request body, success answer and its examples,
 * security, paging and the `x-mock` binding.
 *
 * @throws Error naming the operation when its `x-mock` or `x-partner-center-paging` is malformed
 */
export function readOperations(spec: SpecDocument): MockOperation[] {
  const operations: MockOperation[] = [];
  const { document } = spec;
  for (const [pathTemplate, pathItem] of Object.entries(document.paths)) {
    const pathPointer = `#/paths/${escapePointer(pathTemplate)}`;
    const shared = ((pathItem.parameters ?? []) as { $ref?: string }[]).map((parameter, index) => [parameter, `${pathPointer}/parameters/${index}`] as const);
    for (const method of METHODS) {
      const operation = pathItem[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const pointer = `${pathPointer}/${method}`;
      const own = ((operation.parameters ?? []) as { $ref?: string }[]).map((parameter, index) => [parameter, `${pointer}/parameters/${index}`] as const);
      const parameters = [...shared, ...own].map(([parameter, at]): MockParameter => {
        const resolvedPointer = parameter.$ref ?? at;
        const resolved = spec.dereference(parameter) as unknown as {
          name: string;
          in: MockParameter["in"];
          required?: boolean;
          explode?: boolean;
          content?: Record<string, unknown>;
          example?: unknown;
        };
        const json = resolved.content?.["application/json"];
        return {
          name: resolved.name,
          in: resolved.in,
          required: resolved.required ?? false,
          style: json ? "json" : "schema",
          explode: resolved.explode ?? true,
          schemaPointer: json ? `${resolvedPointer}/content/application~1json/schema` : `${resolvedPointer}/schema`,
          ...(resolved.example !== undefined ? { example: resolved.example } : {}),
        };
      });
      // An operation-level parameter replaces a path-level one of the same name and location.
      const unique = parameters.filter((parameter, index) => parameters.findLastIndex((other) => other.name === parameter.name && other.in === parameter.in) === index);
      const operationId = String(operation.operationId);
      const upper = method.toUpperCase();
      const requestBody = operation.requestBody as { required?: boolean; content?: Record<string, unknown> } | undefined;
      const [status, response] = Object.entries((operation.responses ?? {}) as Record<string, { content?: Record<string, { schema?: SchemaObject; examples?: Record<string, { $ref?: string; value?: unknown }> }> }>).find(([code]) => /^2\d\d$/.test(code)) ?? [];
      if (status === undefined || response === undefined) throw new Error(`${operationId} declares no 2xx response`);
      const mediaType = Object.keys(response.content ?? {})[0];
      const media = mediaType === undefined ? undefined : response.content?.[mediaType];
      const examples = Object.values(media?.examples ?? {}).map((example) => spec.dereference(example).value);
      const paging = operation["x-partner-center-paging"] as Record<string, string> | undefined;
      const pathParameters = [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
      const binding = bindingOf(operation["x-mock"], operationId, upper, pathParameters, /\}$/.test(pathTemplate));
      operations.push({
        operationId,
        method: upper,
        pathTemplate,
        pointer,
        parameters: unique,
        ...(requestBody
          ? {
              requestBody: {
                pointer: `${pointer}/requestBody/content/application~1json/schema`,
                required: requestBody.required === true,
                mediaTypes: Object.keys(requestBody.content ?? {}),
              },
            }
          : {}),
        success: {
          status: Number(status),
          ...(mediaType !== undefined ? { mediaType } : {}),
          ...(media?.schema ? { schemaPointer: `${pointer}/responses/${status}/content/${escapePointer(mediaType as string)}/schema` } : {}),
          examples,
        },
        securitySchemes: ((operation.security ?? document.security ?? []) as Record<string, string[]>[]).flatMap((requirement) => Object.keys(requirement)),
        ...(paging
          ? {
              paging: {
                form: paging.form === "offset" ? "offset" : "seek",
                sizeParameter: paging.sizeParameter ?? "size",
                ...(paging.offsetParameter !== undefined ? { offsetParameter: paging.offsetParameter } : {}),
                seekOperationParameter: paging.seekOperationParameter ?? "seekOperation",
              },
            }
          : {}),
        ...(binding ? { binding } : {}),
      });
    }
  }
  return operations;
}
