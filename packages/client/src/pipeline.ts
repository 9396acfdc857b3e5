/** What a policy knows about the attempt it handles. */
export interface SendContext {
  /** Attempt number of the logical call, from 1 (set by the retry policy). */
  attempt: number;
  /** Cancels this attempt: the caller's signal, and below the timeout policy its timer too. */
  signal: AbortSignal;
}

/** Sends a request and resolves with the answer (any status), or rejects when there is none. */
export type Send = (request: Request, context: SendContext) => Promise<Response>;

/**
 * One cross-cutting behaviour of the client (auth, retry, timeout, logging): it may change the
 * request, call `next` any number of times, and change or replace the answer.
 */
export type Policy = (request: Request, context: SendContext, next: Send) => Promise<Response>;

/** Chains `policies`, first outermost, in front of `transport`. */
export function composePolicies(policies: readonly Policy[], transport: Send): Send {
  return policies.reduceRight<Send>((next, policy) => (request, context) => policy(request, context, next), transport);
}
