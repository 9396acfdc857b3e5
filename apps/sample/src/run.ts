import {
  addServiceRequestNote,
  getCustomer,
  listCustomerServiceIncidents,
  listManagedServices,
  PartnerCenterError,
  type PartnerCenterClient,
} from "@partnercenter/client";
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
 * Runs the four operations in order through the client's operation functions and prints each
 * result. An operation that fails with a `PartnerCenterError` is printed (HTTP status, category,
 * Partner Center code, description, request ID) and the run goes on with the next one.
 *
 * @returns the number of operations that failed
 */
export async function runSample({ client, customerId, serviceRequestId, note, print }: SampleInput): Promise<number> {
  let failures = 0;
  const section = (lines: string[]) => {
    for (const line of lines) print(line);
    print("");
  };
  /** Runs one operation; a PartnerCenterError is printed and counted, anything else propagates. */
  const step = async <T>(operation: string, call: () => Promise<T>, format: (value: T) => string[]) => {
    try {
      section(format(await call()));
    } catch (error) {
      if (!(error instanceof PartnerCenterError)) throw error;
      failures += 1;
      section([formatError(operation, error)]);
    }
  };

  await step("Get a customer", () => getCustomer(client, customerId), formatCustomer);
  await step("List managed services", () => listManagedServices(client, customerId), (services) => formatManagedServices(services.items ?? []));
  await step(
    "List Office service incidents",
    () => listCustomerServiceIncidents(client, customerId),
    (incidents) => formatServiceIncidents(incidents.items ?? []),
  );
  if (serviceRequestId === undefined) {
    section(["Update a service request: skipped (pass --service-request-id to add a note)"]);
  } else {
    await step("Update a service request", () => addServiceRequestNote(client, serviceRequestId, note), (updated) => [
      "After adding a note:",
      ...formatServiceRequest(updated),
    ]);
  }
  return failures;
}
