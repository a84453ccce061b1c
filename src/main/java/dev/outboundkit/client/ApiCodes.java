package dev.outboundkit.client;

import dev.outboundkit.generated.model.ResultCode;

/** Result codes, taken from the generated enum so that the spec stays their only source. */
final class ApiCodes {
  static final String SUCCESS = ResultCode.SUCCESS.getValue();

  private ApiCodes() {
  }
}
