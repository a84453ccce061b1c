package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal's ring: the last N requests, oldest first, and how many fell out. */
class JournalTest {

  private static RecordedRequest request(int n) {
    Reception.Received received = new Reception.Received("GET", "/" + n, null, name -> List.of(), Map::of,
        new BodyReader.Body(new byte[0], 0, false));
    return new RecordedRequest(Instant.EPOCH.plusSeconds(n), received, "sign", RecordedRequest.Kind.OTHER, 404, null,
        null, null);
  }

  private static List<String> paths(Journal journal) {
    return journal.all().stream().map(RecordedRequest::path).toList();
  }

  @Test
  void itKeepsTheLastRequestsOldestFirstAndCountsThoseThatFellOut() {
    Journal journal = new Journal(3);
    for (int n = 1; n <= 5; n++) {
      journal.add(request(n));
    }

    assertThat(paths(journal)).containsExactly("/3", "/4", "/5");
    assertThat(journal.dropped()).isEqualTo(2);
  }

  @Test
  void belowItsSizeItKeepsEveryRequest() {
    Journal journal = new Journal(3);
    journal.add(request(1));
    journal.add(request(2));

    assertThat(paths(journal)).containsExactly("/1", "/2");
    assertThat(journal.dropped()).isZero();
  }

  @Test
  void clearingEmptiesItAndItsCount() {
    Journal journal = new Journal(2);
    for (int n = 1; n <= 3; n++) {
      journal.add(request(n));
    }
    journal.clear();
    journal.add(request(9));

    assertThat(paths(journal)).containsExactly("/9");
    assertThat(journal.dropped()).isZero();
  }

  @Test
  void sizeZeroIsOffAndKeepsNothing() {
    Journal journal = new Journal(0);
    journal.add(request(1));

    assertThat(journal.on()).isFalse();
    assertThat(journal.all()).isEmpty();
  }

  @Test
  void aNegativeSizeIsRefused() {
    assertThatThrownBy(() -> new Journal(-1)).hasMessageContaining("0 or more");
  }

  @Test
  void aSignIsKeptShortenedToItsStartAndLength() {
    String sign = "QmFzZTY0" + "x".repeat(336);

    assertThat(Journal.shortenSign(sign)).isEqualTo("QmFzZTY0…(344 characters)");
    assertThat(Journal.shortenSign("abcd")).isEqualTo("ab…(4 characters)");
  }
}
