package dev.outboundkit.conformance;

/** Where the suite's scenarios and glue are: one copy, for the command and the Maven runners. */
public final class Suite {
  /** The package the feature files are packaged in (from {@code features/} of the source tree). */
  public static final String FEATURES_PACKAGE = "dev.outboundkit.conformance.features";
  /** The same, as a class-path folder. */
  public static final String FEATURES_RESOURCE = "dev/outboundkit/conformance/features";
  /** The glue: step classes, hooks, parameter types. */
  public static final String GLUE = "dev.outboundkit.conformance.glue";

  private Suite() {
  }
}
