package dev.outboundkit.rules;

/** How strictly a body is held to the spec. */
public enum ValidationMode {
  /**
   * What a client must send: closed schemas admit no other property, and a Boolean is a JSON
   * boolean.
   */
  CLIENT,
  /**
   * What a server accepts: properties a schema does not define are ignored (not applied), and a
   * field marked {@code x-accept-integer-boolean} also takes 0 and 1, as the vendor's own
   * examples send them.
   */
  SERVER
}
