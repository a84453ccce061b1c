package dev.outboundkit.mock;

import java.util.List;

/**
 * A request's headers by name, the name in any letter case: Jetty's fields on the wire
 * ({@link MockHandler}), a map in a unit test.
 */
@FunctionalInterface
interface Headers {

  /** @return every value received of the header, in order; empty when it was not sent */
  List<String> values(String name);
}
