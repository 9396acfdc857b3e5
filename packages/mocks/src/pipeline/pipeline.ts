import type { IdempotencyCache } from "../idempotency.js";
import { requestIdOf, type ResponseHeaderContext } from "../response-headers.js";
import type { SpecDocument } from "../spec/document.js";
import type { MockOperation } from "../spec/operations.js";
import { isError, runBinding, scopeOf, type Outcome, type Rule } from "../state/actions.js";
import { recordActivity } from "../state/audit.js";
import type { StateModel } from "../state/model.js";
import type { MockStore } from "../state/store.js";
import { authorize } from "./auth.js";
import { errorAnswer, gatewayAnswer, jsonAnswer, type MockAnswer, type MockRequest } from "./exchange.js";
import type { Router } from "./router.js";
import type { ScenarioRunner } from "./scenarios.js";
import { readBody, readParameters } from "./validate-request.js";

/** What a pipeline is made of; `createPartnerCenterMock` puts it together. */
export interface PipelineParts {
  spec: SpecDocument;
  router: Router;
  model: StateModel;
  store: MockStore;
  scenarios: ScenarioRunner;
  idempotency: IdempotencyCache;
  rules: Readonly<Record<string, Rule>>;
  /** Generated header values and IDs, and the clock. */
  context: ResponseHeaderContext;
  /** Audiences a JWT may carry; default: the Partner Center API's. */
  acceptedAudiences?: readonly string[];
}

/**
 * Answers one request the way Partner Center would, or `undefined` when its path is not one of
 * the spec's (the caller decides: msw passes it on, the HTTP server answers the gateway's 404).
 */
export type Pipeline = (request: MockRequest) => Promise<MockAnswer | undefined>;

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
const UNEXPECTED = 800003;

/** 400 for a path with a malformed percent-escape (`%zz`, a cut or invalid UTF-8 sequence), naming the segment. */
export function malformedPath(request: MockRequest, context: ResponseHeaderContext): MockAnswer {
  const segment = request.path.split("/").find((part) => {
    try {
      decodeURIComponent(part);
      return false;
    } catch {
      return true;
    }
  });
  const shown = JSON.stringify((segment ?? request.path).slice(0, 60));
  return errorAnswer(request, 400, { code: 800002, description: `Invalid request input: the path segment ${shown} has a malformed percent-escape.` }, context);
}

/** Whether a URL path has a percent-escape that does not decode. */
export function hasMalformedEscape(path: string): boolean {
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function exampleOutcome(operation: MockOperation): Outcome {
  const example = operation.success.examples[0];
  return example === undefined ? { status: operation.success.status } : { status: operation.success.status, body: example };
}

function toAnswer(request: MockRequest, operation: MockOperation, outcome: Outcome, context: ResponseHeaderContext): MockAnswer {
  if (isError(outcome)) return errorAnswer(request, outcome.status, outcome.error, context);
  const answer: MockAnswer = outcome.body !== undefined ? jsonAnswer(request, outcome.status, outcome.body, context, outcome.headers) : jsonAnswer(request, outcome.status, null, context, outcome.headers);
  if (outcome.body === undefined) delete answer.body;
  if (outcome.bytes) {
    answer.body = outcome.bytes;
    answer.headers["Content-Type"] = outcome.mediaType ?? operation.success.mediaType ?? "application/octet-stream";
  }
  if (answer.body === undefined) delete answer.headers["Content-Type"];
  return answer;
}

/**
 * The mock's one path for every request, whatever carried it (msw in-process, the browser
 * worker, the HTTP server), in this order:
 * 1. routing by method and path (a lookup, not a scan); a malformed percent-escape is a 400;
 * 2. scenarios switched on for the operation (latency, throttling, server and network errors);
 * 3. authentication and token kind from the operation's `security` (401, 403);
 * 4. parameters and body validated against the spec (400);
 * 5. for writes, the answer first given to the same `MS-RequestId` (a 400 included), replayed;
 * 6. the operation's `x-mock` binding over the store, with its rules, or else its spec example;
 * 7. the audit record of a successful write.
 * An unexpected failure answers 500 with the Partner Center envelope, never a stack trace.
 */
export function createPipeline(parts: PipelineParts): Pipeline {
  const answer = createAnswering(parts);
  // An answer to HEAD, whatever it is (an error, a scenario's), has the headers of the answer to GET and no body.
  return async (request) => {
    const result = await answer(request);
    if (result && request.method === "HEAD") delete result.body;
    return result;
  };
}

function createAnswering(parts: PipelineParts): Pipeline {
  const { spec, router, model, store, scenarios, idempotency, rules, context } = parts;
  return async (request) => {
    try {
      // msw's path matching throws on such a path in every handler, and no route can read it:
      // answered wherever it is sent, before routing.
      if (hasMalformedEscape(request.path)) return malformedPath(request, context);
      const match = router.match(request.method, request.path);
      if (match.kind === "no-route") return undefined;
      if (match.kind === "method-not-served") return gatewayAnswer(request, 404, "Resource not found", context);
      if (match.kind === "malformed-path") return malformedPath(request, context);
      const { operation, pathParameters } = match;
      const imposed = await scenarios.respond(operation.operationId, request, context);
      if (imposed) return imposed;
      const authorization = authorize(request, operation.securitySchemes, {
        now: context.now,
        context,
        ...(parts.acceptedAudiences ? { acceptedAudiences: parts.acceptedAudiences } : {}),
      });
      if (!authorization.ok) return authorization.answer;
      const requestId = READS.has(operation.method) ? undefined : requestIdOf(request);
      const remember = (answer: MockAnswer): MockAnswer => {
        if (requestId !== undefined && typeof answer.body !== "object") idempotency.remember(requestId, operation.method, request.path, { status: answer.status, body: answer.body ?? "" });
        return answer;
      };
      const parameters = readParameters(spec, operation, request, pathParameters);
      const body = parameters.ok ? readBody(spec, operation, request) : undefined;
      const problem = !parameters.ok ? parameters.problem : body && !body.ok ? body.problem : undefined;
      // A write answered once is answered the same way again, also when its first answer was a 400.
      if (requestId !== undefined) {
        const first = idempotency.recall(requestId, operation.method, request.path);
        if (first) return { status: first.status, headers: jsonAnswer(request, first.status, null, context).headers, body: first.body };
      }
      if (problem) return remember(errorAnswer(request, 400, problem, context));
      if (!parameters.ok || !body?.ok) throw new Error("unreachable: a request without a problem was read");
      let outcome: Outcome;
      if (operation.binding) {
        const call = {
          operation,
          binding: operation.binding,
          request,
          pathParameters,
          query: parameters.values,
          body: body.body,
          caller: authorization.caller,
          scope: scopeOf(operation.binding, pathParameters),
          store,
          spec,
          model,
          values: context.values,
          now: context.now,
        };
        outcome = runBinding(call, rules);
        recordActivity(call, outcome);
      } else {
        outcome = exampleOutcome(operation);
      }
      return remember(toAnswer(request, operation, outcome, context));
    } catch (error) {
      // A bug in the mock or a rule: answer it, with nothing of the stack or the file system.
      const reason = error instanceof Error ? error.message.split("\n")[0]?.slice(0, 200) : "unknown";
      return errorAnswer(request, 500, { code: UNEXPECTED, description: `Unexpected mock error: ${reason}` }, context);
    }
  };
}
