import type { PartnerCenterClient } from "../client.js";
import { PartnerCenterError } from "../errors.js";
import { verifyDomainAvailability } from "../generated/operations.js";
import type { OperationOptions } from "../operation-call.js";

/**
 * Whether a domain (e.g. `contoso.onmicrosoft.com`) is still free for a new customer:
 * `verifyDomainAvailability` answers 200 when the domain is taken and 404 when it is free, a
 * meaning the spec's status codes cannot carry on their own.
 *
 * @returns `true` when the service answers 404 (free), `false` when it answers 200 (taken)
 * @throws {PartnerCenterArgumentError} before sending, for a domain that is not one path segment
 * @throws {PartnerCenterError} for any other answer (401, 403, 429 after retries, 5xx)
 * @see https://learn.microsoft.com/en-us/partner-center/developer/verify-domain-availability
 */
export async function isDomainAvailable(client: PartnerCenterClient, domain: string, options?: OperationOptions<"verifyDomainAvailability">): Promise<boolean> {
  try {
    await verifyDomainAvailability(client, domain, options);
    return false;
  } catch (error) {
    if (error instanceof PartnerCenterError && error.status === 404) return true;
    throw error;
  }
}
