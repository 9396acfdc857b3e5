import type { ServiceRequest } from "@partnercenter/types";
import type { PartnerCenterClient } from "../client.js";
import { updateServiceRequest } from "../generated/operations.js";
import type { OperationOptions } from "../operation-call.js";

/**
 * Appends a note to a service request in one call: `updateServiceRequest` with
 * `{ newNote: { text } }` (App+User token only). The service sets the note's author and time.
 *
 * @param serviceRequestId the service request's ID, e.g. `616122292874576`
 * @param text the note, not blank
 * @returns the updated `ServiceRequest`, the new note last in `notes`
 * @throws {PartnerCenterArgumentError} before sending, for a bad ID or a blank note (`update.newNote.text`)
 * @throws {PartnerCenterError} when the service answers with an error, e.g. 404 code `1000`
 * @see https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
 */
export function addServiceRequestNote(
  client: PartnerCenterClient,
  serviceRequestId: string,
  text: string,
  options?: OperationOptions<"updateServiceRequest">,
): Promise<ServiceRequest> {
  return updateServiceRequest(client, serviceRequestId, { newNote: { text } }, options);
}
