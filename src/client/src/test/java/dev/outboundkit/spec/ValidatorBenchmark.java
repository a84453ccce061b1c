package dev.outboundkit.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.outboundkit.testing.PageExamples;

/**
 * Cost per body of the hand validator and of networknt json-schema-validator, on the body the
 * mock's load benchmark sends (the page's not-started example, held to NotStartedTaskEdit as the
 * mock holds it) and on a mix of 1,000 seeded bodies (valid and mutated, held to the oneOf
 * EditTaskRequest). Not part of the test run: {@code mvn -Pvalidator-bench test-compile exec:exec}
 * (docs/BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidatorBenchmark {
  private SchemaValidator hand;
  private NetworkntChecks libraryNotStarted;
  private NetworkntChecks libraryUnion;
  private String pageBodyText;
  private JsonElement pageBodyGson;
  private JsonNode pageBodyJackson;
  private final List<JsonElement> mixGson = new ArrayList<>();
  private final List<JsonNode> mixJackson = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    hand = new SchemaValidator(ApiSpec.bundled());
    libraryNotStarted = new NetworkntChecks("NotStartedTaskEdit");
    libraryUnion = new NetworkntChecks("EditTaskRequest");
    pageBodyText = PageExamples.notStartedJson().toString();
    pageBodyGson = JsonParser.parseString(pageBodyText);
    pageBodyJackson = NetworkntChecks.parse(pageBodyText);
    SeededBodies bodies = new SeededBodies(ApiSpec.bundled(), "EditTaskRequest", ValidatorDifferentialTest.SEED);
    for (int i = 0; i < 1000; i++) {
      JsonElement body = bodies.next().json();
      mixGson.add(body);
      mixJackson.add(NetworkntChecks.parse(body.toString()));
    }
  }

  @Benchmark
  public Object handPageBody() {
    return hand.validate(pageBodyGson, "NotStartedTaskEdit", ValidationMode.SERVER);
  }

  @Benchmark
  public Object libraryPageBody() {
    return libraryNotStarted.validate(pageBodyJackson);
  }

  /** What the mock pays today: Gson parses the body, then the checks. */
  @Benchmark
  public Object handPageBodyParsed() {
    return hand.validate(JsonParser.parseString(pageBodyText), "NotStartedTaskEdit", ValidationMode.SERVER);
  }

  /** What the mock would pay with the library: Jackson parses the body, then the checks. */
  @Benchmark
  public Object libraryPageBodyParsed() {
    return libraryNotStarted.validate(NetworkntChecks.parse(pageBodyText));
  }

  @Benchmark
  public Object handSeededMix() {
    next = (next + 1) % mixGson.size();
    return hand.validate(mixGson.get(next), "EditTaskRequest", ValidationMode.CLIENT);
  }

  @Benchmark
  public Object librarySeededMix() {
    next = (next + 1) % mixJackson.size();
    return libraryUnion.validate(mixJackson.get(next));
  }
}
