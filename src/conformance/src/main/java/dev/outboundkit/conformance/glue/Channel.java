package dev.outboundkit.conformance.glue;

/** How a scenario sends its edit. */
enum Channel {
  /** The body as JSON text, on the target's wire: any body, any header. */
  RAW("as raw JSON"),
  /** The generated Retrofit client ({@code OutboundTaskApi}) with its SigningInterceptor. */
  GENERATED("through the generated client"),
  /** The {@code OutboundClient} facade, its checks before sending turned off. */
  FACADE("through the Java client");

  static final String REGEX = "as raw JSON|through the generated client|through the Java client";

  private final String words;

  Channel(String words) {
    this.words = words;
  }

  String words() {
    return words;
  }

  static Channel of(String words) {
    for (Channel channel : values()) {
      if (channel.words.equals(words)) {
        return channel;
      }
    }
    throw new IllegalArgumentException("no channel '" + words + "'");
  }
}
