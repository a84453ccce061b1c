package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED_2;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static dev.outboundkit.mock.MockFixture.phoneGroup;
import static dev.outboundkit.mock.MockFixture.batches;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyIT {

  private static final int THREADS = 8;
  private static final int ROUNDS = 25;
  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  /** A body whose every field differs from the other threads' bodies. */
  private static JsonObject bodyOfThread(int thread) {
    JsonObject body = notStartedBody(NOT_STARTED, "并发任务-" + thread);
    body.addProperty("taskDesc", "thread " + thread);
    body.addProperty("acw", 100 + thread);
    body.addProperty("maxRingingDuration", 21 + thread);
    body.addProperty("multiplyPower", 10 + thread);
    body.addProperty("taskExecEndDate", "2027-02-0" + (thread + 1));
    body.add("outboundPhoneGroups", batches(phoneGroup("批次-" + thread, thread % 2)));
    return body;
  }

  /** The task a body makes, through a mock of its own. */
  private static Task taskMadeBy(JsonObject body) {
    try (MockServer alone = MockFixture.startMock()) {
      assertThat(edit(alone, body).code()).isEqualTo("10000");
      return alone.task(NOT_STARTED);
    }
  }

  @Test
  void eightThreadsEditingOneTaskLeaveItEqualToOneOfTheBodiesSent() throws Exception {
    List<Task> candidates = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      candidates.add(taskMadeBy(bodyOfThread(thread)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> codes = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
          JsonObject body = bodyOfThread(thread);
          codes.add(pool.submit(() -> {
            go.await();
            return edit(MOCK.server(), body).code();
          }));
        }
        go.countDown();
        for (Future<String> code : codes) {
          assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo("10000");
        }
        assertThat(candidates).contains(MOCK.server().task(NOT_STARTED));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoTasksRacingForOneNameLeaveExactlyOneWithIt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        MOCK.server().reset();
        String name = "抢名字-" + round;
        CountDownLatch go = new CountDownLatch(1);
        Callable<String> first = () -> {
          go.await();
          return edit(MOCK.server(), notStartedBody(NOT_STARTED, name)).code();
        };
        Callable<String> second = () -> {
          go.await();
          return edit(MOCK.server(), notStartedBody(NOT_STARTED_2, name)).code();
        };
        Future<String> a = pool.submit(first);
        Future<String> b = pool.submit(second);
        go.countDown();

        assertThat(List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS)))
            .containsExactlyInAnyOrder("10000", "20001");
        assertThat(MOCK.server().tasks()).filteredOn(task -> task.taskName().equals(name)).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void countsNeverChangeUnderConcurrentEdits() throws Exception {
    Task before = MOCK.server().task(NOT_STARTED);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> codes = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        JsonObject body = bodyOfThread(thread);
        body.addProperty("customerCount", thread);
        body.addProperty("agentCount", thread);
        codes.add(pool.submit(() -> edit(MOCK.server(), body).code()));
      }
      for (Future<String> code : codes) {
        code.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(MOCK.server().task(NOT_STARTED).customerCount()).isEqualTo(before.customerCount());
    assertThat(MOCK.server().task(NOT_STARTED).agentCount()).isEqualTo(before.agentCount());
  }
}
