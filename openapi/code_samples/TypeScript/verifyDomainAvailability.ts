import { createPartnerCenterClient, isDomainAvailable, verifyDomainAvailability } from "@partnercenter/client";

const partnerCenter = createPartnerCenterClient({
  // An App+User or App-only token: a string, a function returning one,
  // or an @azure/identity TokenCredential as `credential`.
  accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "",
});

// true when the service answers 404 (the domain is free), false when it answers 200 (taken).
console.log(await isDomainAvailable(partnerCenter, "contosoretail.onmicrosoft.com"));

// The operation itself resolves on 200 and throws a PartnerCenterError (404 NotFound) when free.
await verifyDomainAvailability(partnerCenter, "contosoretail.onmicrosoft.com");
