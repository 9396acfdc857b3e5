import { createPartnerCenterClient } from "@partnercenter/client";

const partnerCenter = createPartnerCenterClient({ accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "" });

// Only unresolved incidents: the filter JSON the official SDK sends.
const { data, error } = await partnerCenter.GET("/v1/customers/{customer_id}/serviceincidents/office", {
  params: {
    path: { customer_id: "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10" },
    query: { filter: JSON.stringify({ Field: "Resolved", Value: "false", Operator: "equals" }) },
  },
});
if (error) throw new Error(`Partner Center error: ${JSON.stringify(error)}`);
for (const incident of data.items ?? []) console.log(incident.id, incident.status, incident.workload);
