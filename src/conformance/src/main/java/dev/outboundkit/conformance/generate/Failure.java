package dev.outboundkit.conformance.generate;

import dev.outboundkit.conformance.targets.Exchange;
import java.util.List;

/**
 * A generated case or sequence the target answered against the page, after shrinking.
 *
 * @param rule the rule of {@code docs/conformance-rules.md} it is reported under
 * @param seed the run's seed
 * @param where e.g. {@code case 812} or {@code sequence 7, step 3}
 * @param expected what the page says
 * @param problem what the target did instead
 * @param broken the violations the body carried, in words (empty for a valid edit)
 * @param steps for a sequence, its steps in words after shrinking
 * @param exchanges the requests of the failing step and their answers
 */
public record Failure(String rule, long seed, String where, String expected, String problem, List<String> broken,
    List<String> steps, List<Exchange> exchanges) {

  public Failure {
    broken = List.copyOf(broken);
    steps = List.copyOf(steps);
    exchanges = List.copyOf(exchanges);
  }
}
