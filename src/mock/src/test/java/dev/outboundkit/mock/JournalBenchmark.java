package dev.outboundkit.mock;

import dev.outboundkit.generated.model.ResultCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the journal costs one request: the mock's whole answer to a signed edit (routing, the
 * signature, the spec's checks, the rules, the store) with the journal of 1,000 and with it off,
 * Jetty's socket and parser aside, so that a difference of a few per cent is not lost in the noise
 * of a load test on two cores. The edit is the load test's (src/test/bench/edit-body.json), its
 * header fields and body made afresh for each request, as Jetty makes them.
 *
 * <p>Run: {@code mvn -B -Pjournal-bench test-compile exec:exec -pl src/mock} (after
 * {@code mvn -B install -DskipTests -pl .,src/client}); results in docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class JournalBenchmark {

  @Param({"0", "1000"})
  public int journalSize;

  private Reception reception;
  private byte[] body;
  private Map<String, String> signed;

  @Setup
  public void start() throws IOException {
    body = Files.readAllBytes(Path.of("src/test/bench/edit-body.json"));
    signed = MockFixture.signedHeaders();
    reception = MockServer.builder().tenant(MockFixture.APP_ID, MockFixture.PUBLIC_KEY).clock(MockFixture.CLOCK)
        .journalSize(journalSize).build().reception();
    Answer answer = edit().answer();
    if (answer.code != ResultCode.SUCCESS) {
      throw new IllegalStateException("the benchmark's edit is refused: " + new String(answer.body));
    }
  }

  @Benchmark
  public Reception.Outcome edit() {
    HttpFields.Mutable fields = HttpFields.build()
        .add("Host", "127.0.0.1:18090")
        .add("Content-Type", "application/json")
        .add("Content-Length", body.length);
    signed.forEach(fields::add);
    HttpFields received = fields.asImmutable();
    return reception.receive(new Reception.Received("POST", MockServer.EDIT_PATH, null, received::getValuesList,
        () -> MockHandler.headerList(received), new BodyReader.Body(body.clone(), body.length, false)));
  }
}
