package dev.outboundkit.conformance.glue;

import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;
import io.cucumber.java.ParameterType;

/** The words of the feature files that name tasks, request tables and channels. */
public class ParameterTypes {

  @ParameterType(TaskRole.REGEX)
  public TaskRole task(String words) {
    return TaskRole.of(words);
  }

  @ParameterType("not-started|in-progress")
  public Variant variant(String words) {
    return Variant.of(words);
  }

  @ParameterType(Channel.REGEX)
  public Channel channel(String words) {
    return Channel.of(words);
  }
}
