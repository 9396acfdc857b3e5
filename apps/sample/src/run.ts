import type { PartnerCenterClient } from "@partnercenter/client";
import {
  formatCustomer,
  formatError,
  formatManagedServices,
  formatServiceIncidents,
  formatServiceRequest,
} from "./format.js";

/** What {@link runSample} needs. */
export interface SampleInput {
  client: PartnerCenterClient;
  /** Customer tenant ID (a GUID) whose customer, managed services and incidents are read. */
  customerId: string;
  /** Service request to add `note` to; the update step is skipped when unset. */
  serviceRequestId?: string | undefined;
  /** Text of the note the update step adds. */
  note: string;
  /** Where each printed line goes. */
  print: (line: string) => void;
}

/**
 * Runs the four operations in order and prints each result. A failed operation is printed
 * (HTTP status, Partner Center code and description) and the run goes on with the next one.
 *
 * @returns the number of operations that failed
 */
export async function runSample({ client, customerId, serviceRequestId, note, print }: SampleInput): Promise<number> {
  const path = { customer_id: customerId };
  let failures = 0;
  const section = (lines: string[]) => {
    for (const line of lines) print(line);
    print("");
  };
  const fail = (operation: string, response: Response, error: unknown) => {
    failures += 1;
    section([formatError(operation, response.status, error)]);
  };

  const customer = await client.GET("/v1/customers/{customer_id}", { params: { path } });
  if (customer.data) section(formatCustomer(customer.data));
  else fail("Get a customer", customer.response, customer.error);

  const services = await client.GET("/v1/customers/{customer_id}/managedservices", { params: { path } });
  if (services.data) section(formatManagedServices(services.data.items ?? []));
  else fail("List managed services", services.response, services.error);

  const incidents = await client.GET("/v1/customers/{customer_id}/serviceincidents/office", { params: { path } });
  if (incidents.data) section(formatServiceIncidents(incidents.data.items ?? []));
  else fail("List Office service incidents", incidents.response, incidents.error);

  if (serviceRequestId === undefined) {
    section(["Update a service request: skipped (pass --service-request-id to add a note)"]);
  } else {
    const updated = await client.PATCH("/v1/servicerequests/{servicerequest_id}", {
      params: { path: { servicerequest_id: serviceRequestId } },
      body: { newNote: { text: note } },
    });
    if (updated.data) section(["After adding a note:", ...formatServiceRequest(updated.data)]);
    else fail("Update a service request", updated.response, updated.error);
  }
  return failures;
}
