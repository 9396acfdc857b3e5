/**
 * Thrown synchronously by {@link createPartnerCenterClient} (and by the token step of a request)
 * when an option is missing or malformed. `option` names the offending option; the message
 * never contains a token.
 */
export class PartnerCenterOptionsError extends TypeError {
  override readonly name = "PartnerCenterOptionsError";
  /** The option that was wrong, e.g. `"accessToken"` or `"baseUrl"`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(`Invalid Partner Center client option \`${option}\`: ${message}`);
    this.option = option;
  }
}
