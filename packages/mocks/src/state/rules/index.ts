import type { Rule } from "../actions.js";
import { cartContents, checkoutCart, placeOrder, subscriptionChange } from "./commerce.js";
import { domainAvailability, newAgreement, newCustomer } from "./customers.js";
import { invoiceStatement } from "./invoices.js";
import { licenseUpdate } from "./licenses.js";
import { serviceRequestUpdate } from "./service-requests.js";
import { activeUsersUnlessFiltered, newUser, roleMember, softDeleteUser } from "./users.js";

/**
 * The named rules an operation's `x-mock.rules` may list: service behaviour the spec cannot
 * express, each small, named after what it does, and shared by every operation that names it.
 */
export const rules: Readonly<Record<string, Rule>> = {
  activeUsersUnlessFiltered,
  cartContents,
  checkoutCart,
  domainAvailability,
  invoiceStatement,
  licenseUpdate,
  newAgreement,
  newCustomer,
  newUser,
  placeOrder,
  roleMember,
  serviceRequestUpdate,
  softDeleteUser,
  subscriptionChange,
};
