// The copy of the bundled spec the mock reads at run time: what routing, validation, state
// and seeding need (paths, parameters with their examples, request bodies, success responses
// with their examples, schemas, security, x-mock, x-partner-center-paging), without prose,
// code samples, error responses or headers.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// Prose and documentation-only keywords, dropped wherever they appear.
const PROSE = new Set(["description", "summary", "title", "externalDocs", "x-codeSamples", "x-tagGroups", "x-ms-enum", "deprecated", "tags", "example"]);
// Inside a schema, `examples` is documentation too (the example objects of media types are kept).
const SCHEMA_PROSE = new Set([...PROSE, "examples"]);

function strip(node, dropped) {
  if (Array.isArray(node)) return node.map((item) => strip(item, dropped));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key)) continue;
    // A property literally named like a dropped keyword stays inside `properties`.
    out[key] = key === "properties" ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strip(schema, SCHEMA_PROSE)])) : strip(value, dropped);
  }
  return out;
}

function stripParameter(parameter) {
  if (parameter.$ref) return { $ref: parameter.$ref };
  const out = { name: parameter.name, in: parameter.in };
  if (parameter.required) out.required = true;
  if (parameter.explode !== undefined) out.explode = parameter.explode;
  if (parameter.style !== undefined) out.style = parameter.style;
  if (parameter.schema) out.schema = strip(parameter.schema, SCHEMA_PROSE);
  if (parameter.content) out.content = Object.fromEntries(Object.entries(parameter.content).map(([type, media]) => [type, { schema: strip(media.schema, SCHEMA_PROSE) }]));
  // The example is the value of the parameter in the spec's examples: it scopes their records.
  if (parameter.example !== undefined) out.example = parameter.example;
  return out;
}

function stripMedia(content) {
  return Object.fromEntries(
    Object.entries(content ?? {}).map(([type, media]) => {
      const out = {};
      if (media.schema) out.schema = strip(media.schema, SCHEMA_PROSE);
      if (media.examples) out.examples = Object.fromEntries(Object.entries(media.examples).map(([name, example]) => [name, example.$ref ? { $ref: example.$ref } : { value: example.value }]));
      return [type, out];
    }),
  );
}

/** The mock's copy of a bundled OpenAPI document (see the file comment). */
export function mockSpec(spec) {
  const paths = {};
  for (const [template, pathItem] of Object.entries(spec.paths ?? {})) {
    const item = {};
    if (pathItem.parameters) item.parameters = pathItem.parameters.map(stripParameter);
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const out = { operationId: operation.operationId };
      if (operation.security) out.security = operation.security;
      if (operation.parameters) out.parameters = operation.parameters.map(stripParameter);
      if (operation.requestBody) out.requestBody = { required: operation.requestBody.required === true, content: stripMedia(operation.requestBody.content) };
      const [status, response] = Object.entries(operation.responses ?? {}).find(([code]) => /^2\d\d$/.test(code)) ?? [];
      if (status) {
        const resolved = response.$ref ? spec.components.responses[response.$ref.split("/").pop()] : response;
        out.responses = { [status]: resolved.content ? { content: stripMedia(resolved.content) } : {} };
      }
      for (const key of ["x-mock", "x-partner-center-paging", "x-codegen-request-body-name"]) if (operation[key] !== undefined) out[key] = operation[key];
      item[method] = out;
    }
    paths[template] = item;
  }
  const components = spec.components ?? {};
  return {
    openapi: spec.openapi,
    security: spec.security,
    paths,
    components: {
      schemas: strip(components.schemas ?? {}, SCHEMA_PROSE),
      parameters: Object.fromEntries(Object.entries(components.parameters ?? {}).map(([name, parameter]) => [name, stripParameter(parameter)])),
      examples: Object.fromEntries(Object.entries(components.examples ?? {}).map(([name, example]) => [name, { value: example.value }])),
      securitySchemes: Object.fromEntries(Object.keys(components.securitySchemes ?? {}).map((name) => [name, { type: components.securitySchemes[name].type }])),
    },
  };
}
