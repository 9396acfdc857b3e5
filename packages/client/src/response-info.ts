/**
 * The tracing IDs of one Partner Center answer. Quote `requestId` and `correlationId` when you
 * open a support ticket.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/headers
 */
export interface PartnerCenterResponseInfo {
  /** HTTP status of the answer. */
  status: number;
  /** `MS-RequestId`: the answer's, or else the one the client sent. */
  requestId: string | undefined;
  /** `MS-CorrelationId`: the answer's, or else the one the client sent. */
  correlationId: string | undefined;
  /** `MS-CV`, the service's correlation vector, e.g. `rjLONPum/Uq94UQA.0`. */
  correlationVector: string | undefined;
  /** `MS-ServerId`, the server that answered, e.g. `030011719`. */
  serverId: string | undefined;
}

// The IDs each response's request was sent with: gateway answers (a 429, say) do not always
// echo them, and an error must still name them.
const sentIds = new WeakMap<Response, [string | null, string | null]>();

/** Records the `MS-RequestId` and `MS-CorrelationId` that `request` carried, for {@link readResponseInfo}. */
export function rememberSentIds(response: Response, request: Request): void {
  sentIds.set(response, [request.headers.get("MS-RequestId"), request.headers.get("MS-CorrelationId")]);
}

/**
 * The Partner Center IDs of a response (from the raw client's `response`): `MS-RequestId`,
 * `MS-CorrelationId`, `MS-CV` and `MS-ServerId`. A request or correlation ID the answer lacks is
 * the one the client sent.
 *
 * @example
 * const { response } = await partnerCenter.GET("/v1/customers/{customer_id}", init);
 * console.log(readResponseInfo(response).requestId);
 */
export function readResponseInfo(response: Response): PartnerCenterResponseInfo {
  const headers = response.headers;
  const sent = sentIds.get(response);
  return {
    status: response.status,
    requestId: headers.get("MS-RequestId") ?? sent?.[0] ?? undefined,
    correlationId: headers.get("MS-CorrelationId") ?? sent?.[1] ?? undefined,
    correlationVector: headers.get("MS-CV") ?? undefined,
    serverId: headers.get("MS-ServerId") ?? undefined,
  };
}
