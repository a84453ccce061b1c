package dev.outboundkit.spec;

/** How strictly a body is held to the spec. */
public enum ValidationMode {
  /**
   * What a client must send, read as JSON Schema reads it: closed schemas admit no other
   * property, a Boolean is a JSON boolean, and null is a value, refused unless the schema is
   * {@code nullable}.
   */
  CLIENT,
  /**
   * What a server accepts: properties a schema does not define are ignored (not applied), a
   * property that is null counts as absent, and a field marked {@code x-accept-integer-boolean}
   * also takes 0 and 1, as the vendor's own examples send them.
   */
  SERVER
}
