import openapiFetchDefault from "openapi-fetch";

type CreateClient = typeof openapiFetchDefault;

/**
 * openapi-fetch's `createClient`, whichever module format loaded it. Its ESM build exports
 * the function as `default`; its CommonJS build exports an object whose `default` is the
 * function, and Node's (and esbuild's) CommonJS interop hands that whole object to our
 * CommonJS build as the default import.
 */
export const createClient: CreateClient =
  typeof openapiFetchDefault === "function"
    ? openapiFetchDefault
    : (openapiFetchDefault as unknown as { default: CreateClient }).default;
