package dev.outboundkit.client;

import java.util.List;
import java.util.Objects;

import com.google.gson.JsonElement;

import dev.outboundkit.exception.Violation;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.model.EditTaskRequest;

/**
 * What {@code OutboundClient} runs on an edit body before sending it: the body as the generated
 * client serializes it, held to one spec's {@code EditTaskRequest}. The client always holds the
 * bundled spec, the one its models were generated from; tests hold a changed copy here to see
 * that a rule added to the spec changes what is refused. The spec engine ({@code dev.outboundkit.spec})
 * knows nothing of the generated models: this class hands it the body as JSON.
 */
final class RequestChecks {
  private final SchemaValidator validator;

  RequestChecks(ApiSpec spec) {
    this.validator = new SchemaValidator(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * @param body either variant
   * @return every broken rule; empty when the body may be sent
   */
  List<Violation> check(EditTaskRequest body) {
    Objects.requireNonNull(body, "body");
    JsonElement json = JSON.getGson().toJsonTree(body, body.getClass());
    // The generated union is named after its schema: the body must match exactly one variant.
    return validator.validate(json, EditTaskRequest.class.getSimpleName(), ValidationMode.CLIENT);
  }
}
