import { customerExample, serviceRequestExample } from "./generated/examples.js";

function requireId(id: string | undefined, example: string): string {
  if (!id) throw new Error(`the spec's ${example} example has no id`);
  return id;
}

/** The customer tenant ID of the spec's `Customer` example (Contoso Retail), whose records the spec's other examples describe. */
export const MOCK_CUSTOMER_ID: string = requireId(customerExample.id, "Customer");
/** The ID of the spec's `ServiceRequest` example (from the update-a-service-request page), open. */
export const MOCK_SERVICE_REQUEST_ID: string = requireId(serviceRequestExample.id, "ServiceRequest");
