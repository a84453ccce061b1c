package dev.outboundkit.internal.rules;

import java.util.List;
import java.util.Objects;

import com.google.gson.JsonElement;

import dev.outboundkit.exception.Violation;
import dev.outboundkit.internal.generated.invoker.JSON;
import dev.outboundkit.generated.model.EditTaskRequest;

/**
 * What {@code OutboundClient} runs on an edit body before sending it: the body as the generated
 * client serializes it, held to one spec's {@code EditTaskRequest}. The client always holds the
 * bundled spec, the one its models were generated from; tests hold a changed copy here to see
 * that a rule added to the spec changes what is refused.
 */
public final class RequestChecks {
  private final SchemaValidator validator;

  public RequestChecks(ApiSpec spec) {
    this.validator = new SchemaValidator(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * @param body either variant
   * @return every broken rule; empty when the body may be sent
   */
  public List<Violation> check(EditTaskRequest body) {
    Objects.requireNonNull(body, "body");
    JsonElement json = JSON.getGson().toJsonTree(body, body.getClass());
    // The generated union is named after its schema: the body must match exactly one variant.
    return validator.validate(json, EditTaskRequest.class.getSimpleName(), ValidationMode.CLIENT);
  }
}
