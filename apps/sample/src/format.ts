import type { PartnerCenterError } from "@partnercenter/client";
import type { Customer, ManagedService, ServiceIncidentDetail, ServiceRequest } from "@partnercenter/types";

/** Renders `rows` as left-aligned columns under a header row. */
export function columns(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const show = (value: unknown) => (value === undefined || value === null || value === "" ? "-" : String(value));
const indent = (lines: string[]) => lines.map((line) => `  ${line}`);

export function formatCustomer(customer: Customer): string[] {
  const company = customer.companyProfile;
  const billing = customer.billingProfile;
  const address = company?.address;
  return [
    `Customer ${show(customer.id)}`,
    ...indent([
      `Company:        ${show(company?.companyName)} (${show(company?.domain)})`,
      `Relationship:   ${show(customer.relationshipToPartner)}`,
      `Delegated admin: ${customer.allowDelegatedAccess ? "yes" : "no"}`,
      `Address:        ${address ? [address.addressLine1, address.city, address.state, address.postalCode, address.country].filter(Boolean).join(", ") : "-"}`,
      `Billing contact: ${[billing?.firstName, billing?.lastName].filter(Boolean).join(" ") || "-"} <${show(billing?.email)}>`,
      `Custom domains: ${customer.customDomains?.join(", ") || "-"}`,
    ]),
  ];
}

export function formatManagedServices(services: ManagedService[]): string[] {
  return [
    `Managed services (${services.length})`,
    ...indent(
      columns(
        ["ID", "Name", "Group", "Admin link"],
        services.map((service) => [show(service.id), show(service.name), show(service.groupName), show(service.links?.adminService?.uri)]),
      ),
    ),
  ];
}

export function formatServiceIncidents(incidents: ServiceIncidentDetail[]): string[] {
  return [
    `Office service incidents (${incidents.length})`,
    ...indent(
      columns(
        ["ID", "Type", "Status", "Resolved", "Workload", "Latest message"],
        incidents.map((incident) => [
          show(incident.id),
          show(incident.messageType),
          show(incident.status),
          incident.resolved ? "yes" : "no",
          show(incident.workload),
          show(incident.messages?.at(-1)?.messageText),
        ]),
      ),
    ),
  ];
}

export function formatServiceRequest(serviceRequest: ServiceRequest): string[] {
  const notes = serviceRequest.notes ?? [];
  return [
    `Service request ${show(serviceRequest.id)}: ${show(serviceRequest.title)}`,
    ...indent([
      `Status:         ${show(serviceRequest.status)}`,
      `Severity:       ${show(serviceRequest.severity)}`,
      `Support topic:  ${show(serviceRequest.supportTopicName)}`,
      `Last modified:  ${show(serviceRequest.lastModifiedDate)}`,
      `Notes (${notes.length}):`,
      ...indent(notes.map((note) => `${show(note.createdDate)}  ${show(note.createdByName)}: ${show(note.text)}`)),
    ]),
  ];
}

/** One line for a failed call: status, category, Partner Center code, description and request ID. */
export function formatError(operation: string, error: PartnerCenterError): string {
  const code = error.code === undefined ? "" : ` (code ${error.code})`;
  const requestId = error.requestId === undefined ? "" : ` [MS-RequestId ${error.requestId}]`;
  return `${operation} failed: HTTP ${error.status} ${error.category}${code}: ${error.description}${requestId}`;
}
