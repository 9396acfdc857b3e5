// Shared by the generators that walk the bundled spec operation by operation (the client's
// functions, the docs' code samples): what each operation declares, in the terms a function
// signature needs. Not part of the spec.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const SCHEMA_REF = "#/components/schemas/";
const JSON_MEDIA = "application/json";
/** A name that can be written as a bare JavaScript identifier or property key. */
export const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `customer_id` -> `customerId`, `MS-RequestId` -> `msRequestId`. */
export function camelCase(name) {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const camel = words.map((word, index) => (index === 0 ? word[0].toLowerCase() + word.slice(1) : word[0].toUpperCase() + word.slice(1))).join("");
  return IDENTIFIER.test(camel) ? camel : `_${camel}`;
}

/** `name` as an object literal key: bare when it is an identifier, quoted otherwise. */
export const propertyKey = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/** Follows local `$ref`s from `node` to the object they point at. */
export function resolve(spec, node) {
  let current = node;
  for (let hops = 0; current?.$ref; hops += 1) {
    if (hops > 16) throw new Error(`reference cycle at ${current.$ref}`);
    const segments = current.$ref.replace(/^#\//, "").split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
    current = segments.reduce((value, key) => value?.[key], spec);
    if (current === undefined) throw new Error(`${node.$ref} does not resolve`);
  }
  return current;
}

/** Text for a TSDoc comment: no comment terminator, no line that TSDoc would read as a tag. */
export function docText(text) {
  return String(text ?? "")
    .replaceAll("*/", "*\\/")
    .replace(/(^|\s)@(?=\w)/g, "$1\\@")
    .trim();
}

/** A TSDoc comment block of `lines` (each may hold several lines). */
export function docLines(lines) {
  const out = ["/**"];
  for (const line of lines.join("\n").split("\n")) out.push(line ? ` * ${line}` : " *");
  out.push(" */");
  return out;
}

/** {@link docText} on one line. */
export const oneLine = (text) => docText(text).replace(/\s+/g, " ");

/** The TypeScript type a schema at `node` is exported as, when it is a named component. */
export function schemaName(node) {
  return node?.$ref?.startsWith(SCHEMA_REF) ? node.$ref.slice(SCHEMA_REF.length) : undefined;
}

/** The token kinds an operation accepts (`security`), as one sentence. */
export function securitySentence(schemes) {
  const appUser = schemes.includes("AppUser");
  const appOnly = schemes.includes("AppOnly");
  if (appUser && appOnly) return "Token: App+User or App-only.";
  if (appUser) return "Token: App+User only (secure application model); an App-only token gets 403.";
  if (appOnly) return "Token: App-only only.";
  return "Token: not required.";
}

/** How an operation's collection comes in pages (`x-partner-center-paging`), as a sentence with an `{operation}` slot. */
export function pagingSentence(paging) {
  if (!paging) return undefined;
  const form =
    paging.form === "seek"
      ? `seek-based: \`links.next\` asks for the next page with \`seekOperation=Next\` and an \`MS-ContinuationToken\` header`
      : `by \`${paging.sizeParameter}\` and \`${paging.offsetParameter}\`: \`links.next\` carries the next offset`;
  return `Paged (${form}). One call returns one page; \`paginate(client, ${"{operation}"}, ...)\` walks every page.`;
}

/** Everything the generator needs about one operation. */
export function describeOperation(spec, pathTemplate, method, pathItem, operation) {
  const { operationId } = operation;
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((raw) => resolve(spec, raw));
  const byName = new Map(parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));
  const pathNames = [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const pathParameters = pathNames.map((name) => {
    const parameter = byName.get(`path:${name}`);
    if (!parameter) throw new Error(`${operationId}: path parameter {${name}} is not declared`);
    return { name, argument: camelCase(name), description: parameter.description ?? parameter.schema?.description };
  });
  const query = [...byName.values()].filter((parameter) => parameter.in === "query");
  const jsonQuery = query
    .filter((parameter) => parameter.content?.[JSON_MEDIA])
    .map((parameter) => ({ name: parameter.name, type: schemaName(parameter.content[JSON_MEDIA].schema) ?? "unknown" }));
  const body = operation.requestBody ? resolve(spec, operation.requestBody) : undefined;
  const bodyMedia = body?.content?.[JSON_MEDIA];
  if (body && !bodyMedia) throw new Error(`${operationId}: only application/json request bodies are supported`);
  const successStatus = Object.keys(operation.responses ?? {}).find((code) => /^2\d\d$/.test(code));
  if (!successStatus) throw new Error(`${operationId} declares no 2xx response`);
  const success = resolve(spec, operation.responses[successStatus]);
  const mediaTypes = Object.keys(success.content ?? {});
  const returns = mediaTypes.length === 0 ? "none" : mediaTypes.includes(JSON_MEDIA) ? "json" : "blob";
  return {
    operationId,
    method,
    pathTemplate,
    summary: operation.summary ?? operationId,
    description: operation.description,
    externalDocs: operation.externalDocs,
    security: (operation.security ?? spec.security ?? []).flatMap((requirement) => Object.keys(requirement)),
    paging: operation["x-partner-center-paging"],
    pathParameters,
    queryNames: query.map((parameter) => parameter.name),
    requiredQuery: query.some((parameter) => parameter.required === true),
    jsonQuery,
    body: body && {
      argument: operation["x-codegen-request-body-name"] ?? "body",
      required: body.required === true,
      description: body.description ?? resolve(spec, bodyMedia.schema ?? {}).description,
      type: schemaName(bodyMedia.schema),
    },
    success: {
      status: Number(successStatus),
      description: success.description,
      returns,
      type: returns === "json" ? schemaName(success.content[JSON_MEDIA].schema) : undefined,
    },
  };
}

/**
 * Every operation of a bundled OpenAPI document, described by {@link describeOperation}, in the
 * document's order.
 */
export function listOperations(spec) {
  const described = [];
  for (const [pathTemplate, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      if (pathItem[method]) described.push(describeOperation(spec, pathTemplate, method, pathItem, pathItem[method]));
    }
  }
  return described;
}
