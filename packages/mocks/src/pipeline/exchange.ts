import type { GatewayError, PartnerCenterError } from "@partnercenter/types";
import { partnerCenterResponseHeaders, type ResponseHeaderContext } from "../response-headers.js";

/** Reads a request header by name, case-insensitively (a `Headers` object, or the server's own reader). */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * A request as the pipeline sees it, whatever carried it (msw's `Request`, Node's
 * `IncomingMessage`): plain values, so the HTTP server does not build fetch objects.
 */
export interface MockRequest {
  method: string;
  /** The URL's pathname, still percent-encoded, e.g. `/v1/customers/4d2d...`. */
  path: string;
  query: URLSearchParams;
  headers: HeaderReader;
  /** The body as text; `undefined` when there is none. */
  body: string | undefined;
}

/** An answer as the pipeline makes it; each transport writes it its own way. */
export interface MockAnswer {
  status: number;
  /** Header names as the service spells them (`MS-RequestId`), values as sent. */
  headers: Record<string, string>;
  /** Text (JSON) or bytes (e.g. a PDF); `undefined` for an answer without a body. */
  body?: string | Uint8Array;
  /** No answer at all: in-process fetch rejects, the HTTP server drops the connection. */
  networkError?: true;
}

/** The longest `description` the error envelope allows (the error-codes page says at most 1024 characters). */
const MAX_DESCRIPTION_CHARS = 1024;

/** A Partner Center error: its numeric code (from the documented table) and a description. */
export interface PartnerCenterErrorDetails {
  /** Partner Center error code, e.g. `800002` (invalid request input); sent as a JSON number. */
  code: number;
  /** What went wrong; cut to 1024 characters. */
  description: string;
  /** Extra details, usually none. Default `[]`. */
  data?: unknown[];
}

/** A JSON answer with the service's headers. */
// Records the store hands out are frozen and replaced, never changed, so their JSON can be kept.
const serialized = new WeakMap<object, string>();

function toJson(body: unknown): string {
  if (body === null || typeof body !== "object" || !Object.isFrozen(body)) return JSON.stringify(body);
  let text = serialized.get(body);
  if (text === undefined) serialized.set(body, (text = JSON.stringify(body)));
  return text;
}

export function jsonAnswer(request: Pick<MockRequest, "headers">, status: number, body: unknown, context: ResponseHeaderContext, extraHeaders?: Readonly<Record<string, string>>): MockAnswer {
  return { status, headers: partnerCenterResponseHeaders(request, extraHeaders, context), body: toJson(body) };
}

/**
 * A Partner Center error answer: the `{code, description, data, source: "PartnerFD"}` envelope
 * with the service's headers; `code` is a number, as real responses carry it.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/error-codes
 */
export function errorAnswer(request: Pick<MockRequest, "headers">, status: number, error: PartnerCenterErrorDetails, context: ResponseHeaderContext, extraHeaders?: Readonly<Record<string, string>>): MockAnswer {
  const description = error.description.length > MAX_DESCRIPTION_CHARS ? `${error.description.slice(0, MAX_DESCRIPTION_CHARS - 3)}...` : error.description;
  const body: PartnerCenterError = { code: error.code, description, data: error.data ?? [], source: "PartnerFD" };
  return jsonAnswer(request, status, body, context, extraHeaders);
}

/**
 * A gateway error answer, `{statusCode, message}`, as the API gateway in front of Partner
 * Center sends for throttling (429), unknown routes (404), an unavailable service (503) and an
 * oversized body (413).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/api-throttling-guidance
 */
export function gatewayAnswer(request: Pick<MockRequest, "headers">, status: number, message: string, context: ResponseHeaderContext, extraHeaders?: Readonly<Record<string, string>>): MockAnswer {
  const body: GatewayError = { statusCode: status, message };
  return jsonAnswer(request, status, body, context, extraHeaders);
}

/** The pipeline's view of a fetch `Request` whose body has been read; `pathPrefix` (a base URL's path) is cut off the path. */
export function fromFetchRequest(request: Request, body: string | undefined, pathPrefix = ""): MockRequest {
  const url = new URL(request.url);
  const path = pathPrefix && url.pathname.startsWith(pathPrefix) ? url.pathname.slice(pathPrefix.length) || "/" : url.pathname;
  return { method: request.method, path, query: url.searchParams, headers: request.headers, body };
}

/** A fetch `Response` for an answer (msw, the browser worker); a network error becomes `Response.error()`. */
export function toFetchResponse(answer: MockAnswer): Response {
  if (answer.networkError) return Response.error();
  const body = answer.status === 204 || answer.status === 304 ? null : (answer.body ?? null);
  return new Response(body as BodyInit | null, { status: answer.status, headers: answer.headers });
}
