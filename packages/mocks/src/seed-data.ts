import type { Customer, ManagedService, ServiceIncidentDetail, ServiceRequest } from "@partnercenter/types";
import {
  customerExample,
  managedServiceCollectionExample,
  serviceIncidentDetailCollectionExample,
  serviceRequestExample,
} from "./generated/examples.js";
import type { ValueSource } from "./value-source.js";

/**
 * Data to put in a mock store. Resources use the camelCase shapes of the spec; lists are keyed by
 * customer tenant ID.
 */
export interface MockSeedData {
  customers?: Customer[];
  /** Managed services by customer tenant ID. */
  managedServices?: Record<string, ManagedService[]>;
  /** Office service incidents by customer tenant ID. */
  serviceIncidents?: Record<string, ServiceIncidentDetail[]>;
  serviceRequests?: ServiceRequest[];
}

function requireId(id: string | undefined, example: string): string {
  if (!id) throw new Error(`the spec's ${example} example has no id`);
  return id;
}

/** The customer tenant ID of the spec's `Customer` example (Contoso Retail): the customer the seed pages' examples belong to. */
export const MOCK_CUSTOMER_ID: string = requireId(customerExample.id, "Customer");
/** The ID of the spec's `ServiceRequest` example (from the update-a-service-request page), open. */
export const MOCK_SERVICE_REQUEST_ID: string = requireId(serviceRequestExample.id, "ServiceRequest");

/** IDs of the default data, by what makes each record useful in a test. */
export const MOCK_IDS = {
  customers: {
    /** Contoso Retail: the spec's example; reseller with delegated access, two managed services, one open and one resolved incident. */
    withDelegatedAccess: MOCK_CUSTOMER_ID,
    /** Fabrikam Consulting: no delegated access, so no address, email or custom domains, and no managed services. */
    withoutDelegatedAccess: "7a1c9e52-3b8d-4f06-a2e4-91c5d3b7f018",
    /** Tailspin Toys (Germany): served through an indirect reseller, three managed services, a critical open incident and an action-required post. */
    throughIndirectReseller: "c3e8f1a6-5d27-4b9e-8f40-6a2d1b9c7e35",
  },
  serviceRequests: {
    /** The documented example, `open`, with one note. */
    open: MOCK_SERVICE_REQUEST_ID,
    /** A `closed` request with `lastClosedDate` set. */
    closed: "709214338120455",
    /** A request waiting on the partner (`attention_needed`). */
    attentionNeeded: "709214338120456",
  },
} as const;

const NEVER = "0001-01-01T00:00:00";

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

const FABRIKAM = MOCK_IDS.customers.withoutDelegatedAccess;
const TAILSPIN = MOCK_IDS.customers.throughIndirectReseller;

/**
 * The default data of every mock: the spec's examples (taken from the seed pages: the customer,
 * the two managed services, the two incidents and the service request) plus a small fixed set of
 * realistic records, see {@link MOCK_IDS}. Always the same; each call returns fresh copies.
 */
export function createDefaultSeedData(): MockSeedData {
  return structuredClone({
    customers: [
      customerExample,
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
      [MOCK_CUSTOMER_ID]: managedServiceCollectionExample.items ?? [],
      [FABRIKAM]: [],
      [TAILSPIN]: [
        managedService(TAILSPIN, "tailspintoys.onmicrosoft.com", "Exchange", "Exchange"),
        managedService(TAILSPIN, "tailspintoys.onmicrosoft.com", "SharePoint", "SharePoint"),
        managedService(TAILSPIN, "tailspintoys.onmicrosoft.com", "MicrosoftCommunicationsOnline", "SkypeforBusiness"),
      ],
    },
    serviceIncidents: {
      [MOCK_CUSTOMER_ID]: serviceIncidentDetailCollectionExample.items ?? [],
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
      serviceRequestExample,
      {
        id: MOCK_IDS.serviceRequests.closed,
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
        id: MOCK_IDS.serviceRequests.attentionNeeded,
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
  } satisfies MockSeedData);
}

/** Both data sets in one; records of `extra` replace those of `base` with the same ID or customer. */
export function mergeSeedData(base: MockSeedData, extra: MockSeedData): MockSeedData {
  const byId = <T extends { id?: string }>(lists: (T[] | undefined)[]) => [...new Map(lists.flatMap((list) => list ?? []).map((item) => [item.id, item])).values()];
  return {
    customers: byId([base.customers, extra.customers]),
    managedServices: { ...base.managedServices, ...extra.managedServices },
    serviceIncidents: { ...base.serviceIncidents, ...extra.serviceIncidents },
    serviceRequests: byId([base.serviceRequests, extra.serviceRequests]),
  };
}

const COMPANY_NAMES = [
  "Adatum",
  "Alpine Ski House",
  "Coho Winery",
  "Fourth Coffee",
  "Litware",
  "Lucerne Publishing",
  "Northwind Traders",
  "Proseware",
  "Relecloud",
  "Wide World Importers",
  "Wingtip Toys",
  "Woodgrove Bank",
];
const PLACES = [
  { country: "US", city: "Chicago", state: "IL", postalCode: "60601", culture: "en-US", language: "en" },
  { country: "GB", city: "London", postalCode: "EC1A 1BB", culture: "en-GB", language: "en" },
  { country: "FR", city: "Lyon", postalCode: "69002", culture: "fr-FR", language: "fr" },
  { country: "JP", city: "Osaka", postalCode: "530-0001", culture: "ja-JP", language: "ja" },
];
const FIRST_NAMES = ["Alex", "Casey", "Drew", "Kim", "Noor", "Riley", "Taylor", "Yuki"];
const LAST_NAMES = ["Garcia", "Ito", "Khan", "Martin", "Novak", "Okafor", "Silva", "Weber"];
const SERVICES: [string, string][] = [
  ["Exchange", "Exchange"],
  ["SharePoint", "SharePoint"],
  ["MicrosoftCommunicationsOnline", "SkypeforBusiness"],
  ["OfficeSubscription", "Office"],
];
const WORKLOADS: [string, string, string][] = [
  ["Exchange", "Exchange Online", "EX"],
  ["SharePoint", "SharePoint Online", "SP"],
  ["microsoftteams", "Microsoft Teams", "TM"],
  ["OneDriveForBusiness", "OneDrive for Business", "OD"],
];
const LEVELS = ["normal", "information", "warning", "critical"] as const;
const STATUSES = ["open", "closed", "attention_needed"] as const;
const SEVERITIES = ["critical", "moderate", "minimal"] as const;

/**
 * Extra customers (each with managed services, incidents and a service request) drawn from a
 * seeded value source: realistic, valid against the spec, and the same for the same seed.
 *
 * @param count how many customers to add (whole number, 0 to 100)
 * @throws RangeError when `count` is out of range
 */
export function createGeneratedSeedData(values: ValueSource, count: number): MockSeedData {
  if (!Number.isInteger(count) || count < 0 || count > 100) throw new RangeError(`generatedCustomerCount must be a whole number from 0 to 100, got ${count}`);
  const data: Required<MockSeedData> = { customers: [], managedServices: {}, serviceIncidents: {}, serviceRequests: [] };
  const day = (offsetDays: number) => new Date(Date.UTC(2024, 0, 1) + offsetDays * 86_400_000 + values.integer(86_400) * 1000).toISOString();
  for (let index = 0; index < count; index += 1) {
    const id = values.guid();
    const companyName = `${values.pick(COMPANY_NAMES)} ${index + 1}`;
    const domain = `${companyName.toLowerCase().replace(/[^a-z0-9]/g, "")}.onmicrosoft.com`;
    const place = values.pick(PLACES);
    const firstName = values.pick(FIRST_NAMES);
    const lastName = values.pick(LAST_NAMES);
    const delegatedAccess = values.next() < 0.75;
    data.customers.push(
      customer({
        id,
        commerceId: values.guid(),
        billingProfileId: values.guid(),
        domain,
        companyName,
        contact: { firstName, lastName, email: `${firstName.toLowerCase()}@${domain}` },
        address: {
          country: place.country,
          city: place.city,
          ...(place.state ? { state: place.state } : {}),
          addressLine1: `${1 + values.integer(400)} Main Street`,
          postalCode: place.postalCode,
          phoneNumber: String(2_000_000_000 + values.integer(999_999_999)),
        },
        culture: place.culture,
        language: place.language,
        delegatedAccess,
        etag: `-${1 + values.integer(2 ** 31)}${values.integer(2 ** 31)}`,
      }),
    );
    data.managedServices[id] = delegatedAccess
      ? SERVICES.slice(0, 1 + values.integer(SERVICES.length)).map(([serviceId, name]) => managedService(id, domain, serviceId, name))
      : [];
    data.serviceIncidents[id] = Array.from({ length: values.integer(4) }, () => {
      const [workload, workloadName, prefix] = values.pick(WORKLOADS);
      const resolved = values.next() < 0.5;
      const start = 30 + values.integer(300);
      const level = values.pick(LEVELS);
      return incident({
        id: `${prefix}${100_000 + values.integer(900_000)}`,
        messageType: "incident",
        startTime: day(start),
        ...(resolved ? { endTime: day(start + 1) } : {}),
        level,
        messages: [[day(start), `${workloadName}: ${resolved ? "service is restored" : "we are investigating an issue"}.`]],
        workload,
        workloadName,
        impactedArea: values.pick(["Sign-in", "Mail flow", "File access", "Search"]),
        resolved,
        category: "Incident",
      });
    });
    const status = values.pick(STATUSES);
    const created = day(values.integer(300));
    data.serviceRequests.push({
      id: String(700_000_000_000_000 + values.integer(99_999_999) * 1000 + index),
      title: `${companyName}: ${values.pick(["Cannot sign in", "Mail delayed", "Billing question", "License problem"])}`,
      description: "Created by the mock from its random seed.",
      severity: values.pick(SEVERITIES),
      supportTopicId: String(32_444_000 + values.integer(1000)),
      supportTopicName: "General question",
      status,
      organization: { id: values.guid(), name: companyName },
      productId: "15960",
      createdDate: created,
      lastModifiedDate: created,
      lastClosedDate: status === "closed" ? created : NEVER,
      notes: [],
      countryCode: place.country,
      attributes: { objectType: "ServiceRequest" },
    });
  }
  return data;
}
