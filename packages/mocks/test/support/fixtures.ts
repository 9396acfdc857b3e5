// Records a few tests seed on top of the spec's data: a customer without delegated access, one
// served through an indirect reseller (with managed services and incidents resolved and not), and
// service requests in the other statuses. Put into a mock's store with seedFixtures(mock).
import type { Customer, ManagedService, ServiceIncidentDetail, ServiceRequest } from "@partnercenter/types";
import type { MockStore, PartnerCenterMock } from "../../src/index.js";

/** The IDs of the fixture records, by what makes each useful in a test. */
export const FIXTURE_IDS = {
  /** Fabrikam Consulting: no delegated access, so no address, email or custom domains, and no managed services. */
  withoutDelegatedAccess: "7a1c9e52-3b8d-4f06-a2e4-91c5d3b7f018",
  /** Tailspin Toys (Germany): an indirect reseller's customer, three managed services, a critical open incident, a resolved one and an action-required post. */
  throughIndirectReseller: "c3e8f1a6-5d27-4b9e-8f40-6a2d1b9c7e35",
  /** A closed service request with lastClosedDate set. */
  closedServiceRequest: "709214338120455",
  /** A service request waiting on the partner (attention_needed). */
  attentionNeededServiceRequest: "709214338120456",
} as const;

function link(uri: string) {
  return { uri, method: "GET", headers: [] };
}

function managedService(customerId: string, domain: string, id: string, name: string): ManagedService {
  const session = `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${customerId}`;
  return {
    id,
    name,
    groupName: "Office",
    links: {
      adminService: link(`${session}&CSDEST=${id}&InitialDomain=${domain}&PrimaryDomain=${domain}`),
      serviceHealth: link(`${session}&CSDEST=ServiceStatus`),
      serviceTicket: link(`${session}&CSDEST=Support`),
    },
    attributes: { objectType: "ManagedService" },
  };
}

const NEVER = "0001-01-01T00:00:00";

function customer(options: {
  id: string;
  commerceId: string;
  billingProfileId: string;
  domain: string;
  companyName: string;
  contact: { firstName: string; lastName: string; email: string };
  address: { country: string; city: string; state?: string; addressLine1: string; postalCode: string; phoneNumber: string };
  culture: string;
  language: string;
  delegatedAccess: boolean;
  etag: string;
  associatedPartnerId?: string;
}): Customer {
  const address = { ...options.address, firstName: options.contact.firstName, lastName: options.contact.lastName };
  return {
    id: options.id,
    commerceId: options.commerceId,
    companyProfile: {
      tenantId: options.id,
      domain: options.domain,
      companyName: options.companyName,
      // Without delegated access the service leaves out the address and email.
      ...(options.delegatedAccess ? { address, email: options.contact.email } : {}),
      links: { self: link(`/customers/${options.id}/profiles/company`) },
      attributes: { objectType: "CustomerCompanyProfile" },
    },
    billingProfile: {
      id: options.billingProfileId,
      ...options.contact,
      culture: options.culture,
      language: options.language,
      companyName: options.companyName,
      defaultAddress: address,
      links: { self: link(`/customers/${options.id}/profiles/billing`) },
      attributes: { etag: options.etag, objectType: "CustomerBillingProfile" },
    },
    relationshipToPartner: "reseller",
    allowDelegatedAccess: options.delegatedAccess,
    ...(options.associatedPartnerId ? { associatedPartnerId: options.associatedPartnerId } : {}),
    ...(options.delegatedAccess ? { customDomains: [options.domain] } : {}),
    links: { self: link(`/customers/${options.id}`) },
    attributes: { objectType: "Customer" },
  };
}


function incident(fields: {
  id: string;
  messageType: "incident" | "message_center";
  startTime: string;
  endTime?: string;
  level: "normal" | "information" | "warning" | "critical";
  messages: [string, string][];
  workload: string;
  workloadName: string;
  impactedArea: string;
  resolved: boolean;
  requiredBy?: string;
  category: string;
  actionType?: string;
}): ServiceIncidentDetail {
  return {
    id: fields.id,
    messageType: fields.messageType,
    startTime: fields.startTime,
    endTime: fields.endTime ?? NEVER,
    status: fields.level,
    messages: fields.messages.map(([publishedTime, messageText]) => ({ publishedTime, messageText })),
    workload: fields.workload,
    affectedWorkloadNames: [fields.workloadName],
    impactedArea: fields.impactedArea,
    resolved: fields.resolved,
    impactedCustomers: 1,
    requiredBy: fields.requiredBy ?? NEVER,
    category: fields.category,
    actionType: fields.actionType ?? "",
    severity: fields.level,
  };
}

const FABRIKAM = FIXTURE_IDS.withoutDelegatedAccess;
const TAILSPIN = FIXTURE_IDS.throughIndirectReseller;

function fixtureRecords() {
  return structuredClone({
    customers: [
      customer({
        id: FABRIKAM,
        commerceId: "e2b7c4d9-1f3a-4e68-9b05-7c3d8a2f6e41",
        billingProfileId: "5d9e2a7b-4c1f-4b83-a6e0-3f8b1c7d2a94",
        domain: "fabrikamconsulting.onmicrosoft.com",
        companyName: "Fabrikam Consulting",
        contact: { firstName: "Jordan", lastName: "Lee", email: "jordan@fabrikamconsulting.onmicrosoft.com" },
        address: { country: "US", city: "Seattle", state: "WA", addressLine1: "1 Pine Street", postalCode: "98101", phoneNumber: "2065550142" },
        culture: "en-US",
        language: "en",
        delegatedAccess: false,
        etag: "-7318046122957310442",
      }),
      customer({
        id: TAILSPIN,
        commerceId: "4f1a8c3e-9b2d-4d76-8e15-2a6c9f0b3d87",
        billingProfileId: "8a3f6d1c-2e9b-4c47-b0d8-5e1a7c4f9b26",
        domain: "tailspintoys.onmicrosoft.com",
        companyName: "Tailspin Toys GmbH",
        contact: { firstName: "Mia", lastName: "Schneider", email: "mia@tailspintoys.onmicrosoft.com" },
        address: { country: "DE", city: "Berlin", addressLine1: "Friedrichstraße 123", postalCode: "10117", phoneNumber: "+49305550199" },
        culture: "de-DE",
        language: "de",
        delegatedAccess: true,
        etag: "-1904853322701568215",
        associatedPartnerId: "6b2e9d4a-8c1f-4a57-93e0-d4a7b2c6f158",
      }),
    ],
    managedServices: {
      [FABRIKAM]: [],
      [TAILSPIN]: [
        managedService(TAILSPIN, "tailspintoys.onmicrosoft.com", "Exchange", "Exchange"),
        managedService(TAILSPIN, "tailspintoys.onmicrosoft.com", "SharePoint", "SharePoint"),
        managedService(TAILSPIN, "tailspintoys.onmicrosoft.com", "MicrosoftCommunicationsOnline", "SkypeforBusiness"),
      ],
    },
    serviceIncidents: {
      [FABRIKAM]: [
        incident({
          id: "SP301122",
          messageType: "incident",
          startTime: "2024-05-13T09:05:00Z",
          endTime: "2024-05-13T11:40:00Z",
          level: "warning",
          messages: [
            ["2024-05-13T09:20:00Z", "Users may see delays when they open files in SharePoint Online. We are investigating."],
            ["2024-05-13T11:45:00Z", "We rolled back a recent update and service is restored."],
          ],
          workload: "SharePoint",
          workloadName: "SharePoint Online",
          impactedArea: "File access",
          resolved: true,
          category: "Incident",
        }),
      ],
      [TAILSPIN]: [
        incident({
          id: "EX418803",
          messageType: "incident",
          startTime: "2024-06-03T06:30:00Z",
          level: "critical",
          messages: [["2024-06-03T06:52:00Z", "Users can't send or receive email in Exchange Online. We are rerouting traffic."]],
          workload: "Exchange",
          workloadName: "Exchange Online",
          impactedArea: "Mail flow",
          resolved: false,
          category: "Incident",
        }),
        incident({
          id: "TM220417",
          messageType: "incident",
          startTime: "2024-05-28T14:10:00Z",
          endTime: "2024-05-28T15:02:00Z",
          level: "warning",
          messages: [["2024-05-28T15:05:00Z", "Meeting recordings were delayed; they are now available."]],
          workload: "microsoftteams",
          workloadName: "Microsoft Teams",
          impactedArea: "Meeting recordings",
          resolved: true,
          category: "Incident",
        }),
        incident({
          id: "MC789012",
          messageType: "message_center",
          startTime: "2024-05-20T17:00:00Z",
          endTime: "2024-08-31T00:00:00Z",
          level: "information",
          messages: [["2024-05-20T17:00:00Z", "Legacy authentication for Exchange Online PowerShell will be turned off. Move scripts to modern authentication."]],
          workload: "Exchange",
          workloadName: "Exchange Online",
          impactedArea: "Administration",
          resolved: false,
          requiredBy: "2024-08-31T00:00:00Z",
          category: "Plan For Change",
          actionType: "Action",
        }),
      ],
    },
    serviceRequests: [
      {
        id: FIXTURE_IDS.closedServiceRequest,
        title: "Cannot assign licenses",
        description: "License assignment fails for new users in the customer tenant.",
        severity: "moderate",
        supportTopicId: "32444671",
        supportTopicName: "Cannot manage my profile",
        status: "closed",
        organization: { id: "3b33e682-00c3-41ee-9dd2-a548adf56438", name: "Contoso Partner", phoneNumber: "4255550188" },
        primaryContact: { contactId: "c-1047", firstName: "Sam", lastName: "Rivera", email: "sam@contosopartner.onmicrosoft.com", phoneNumber: "4255550171" },
        productName: "Microsoft 365 Business Premium",
        productId: "15960",
        createdDate: "2024-04-02T10:14:09.51Z",
        lastModifiedDate: "2024-04-05T16:02:44.127Z",
        lastClosedDate: "2024-04-05T16:02:44.127Z",
        notes: [
          { createdByName: "Sam Rivera", createdDate: "2024-04-02T10:14:09.51", text: "Licenses stay unassigned after 24 hours." },
          { createdByName: "Microsoft Support", createdDate: "2024-04-05T16:02:44.127", text: "Fixed by resyncing the subscription. Closing." },
        ],
        countryCode: "US",
        attributes: { objectType: "ServiceRequest" },
      },
      {
        id: FIXTURE_IDS.attentionNeededServiceRequest,
        title: "Invoice shows duplicate charges",
        description: "The May invoice lists the same subscription twice.",
        severity: "minimal",
        supportTopicId: "32444702",
        supportTopicName: "Billing question",
        status: "attention_needed",
        organization: { id: "3b33e682-00c3-41ee-9dd2-a548adf56438", name: "Contoso Partner" },
        productName: "Partner Center",
        productId: "16020",
        createdDate: "2024-06-10T08:45:31.2Z",
        lastModifiedDate: "2024-06-11T13:20:05.884Z",
        lastClosedDate: NEVER,
        notes: [{ createdByName: "Microsoft Support", createdDate: "2024-06-11T13:20:05.884", text: "Please attach the invoice PDF." }],
        countryCode: "DE",
        attributes: { objectType: "ServiceRequest" },
      },
    ],
  });
}


/** Puts the fixture records into a mock's store (each list in its customer's scope). */
export function seedFixtures(mock: PartnerCenterMock): void {
  const records = fixtureRecords();
  mock.store.seed({
    customers: records.customers.map((record) => ({ record })),
    managedServices: Object.entries(records.managedServices).flatMap(([customer_id, items]) => items.map((record) => ({ scope: { customer_id }, record }))),
    serviceIncidents: Object.entries(records.serviceIncidents).flatMap(([customer_id, items]) => items.map((record) => ({ scope: { customer_id }, record }))),
    serviceRequests: records.serviceRequests.map((record) => ({ record })),
  });
}

/** A service request as the store holds it, typed by the spec (the store keeps plain records). */
export function storedServiceRequest(store: MockStore, id: string): ServiceRequest | undefined {
  return store.get("serviceRequests", id) as ServiceRequest | undefined;
}
