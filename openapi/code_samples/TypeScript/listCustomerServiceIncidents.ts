import {
  createPartnerCenterClient,
  listCustomerServiceIncidents,
  serviceIncidentFilter,
} from "@partnercenter/client";

const partnerCenter = createPartnerCenterClient({
  accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "",
});

// Only unresolved incidents, with the filter the official SDK sends:
// {"Field":"Resolved","Value":"false","Operator":"equals"}
const incidents = await listCustomerServiceIncidents(
  partnerCenter,
  "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10",
  { query: { filter: serviceIncidentFilter(false) } },
);
for (const incident of incidents.items ?? []) {
  console.log(incident.id, incident.status, incident.workload);
}
