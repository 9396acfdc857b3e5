import { createPartnerCenterClient } from "@partnercenter/client";

const partnerCenter = createPartnerCenterClient({ accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "" });

const { data: customer, error } = await partnerCenter.GET("/v1/customers/{customer_id}", {
  params: { path: { customer_id: "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10" } },
});
if (error) throw new Error(`Partner Center error: ${JSON.stringify(error)}`);
console.log(customer.companyProfile?.companyName, customer.relationshipToPartner);
