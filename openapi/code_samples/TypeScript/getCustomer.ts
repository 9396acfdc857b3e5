import { createPartnerCenterClient, getCustomer } from "@partnercenter/client";

const partnerCenter = createPartnerCenterClient({
  // A token string, a function returning one, or an
  // @azure/identity TokenCredential as `credential`.
  accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "",
});

// Returns the Customer, or throws a PartnerCenterError
// (status, category, code, description, requestId).
const customer = await getCustomer(partnerCenter, "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10");
console.log(customer.companyProfile?.companyName);
console.log(customer.relationshipToPartner);
