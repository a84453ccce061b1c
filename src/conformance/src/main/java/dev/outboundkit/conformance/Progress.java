package dev.outboundkit.conformance;

import java.io.PrintWriter;

import dev.outboundkit.conformance.glue.NoAnswer;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;

/**
 * Progress on the terminal while a run goes: scenarios done of the total and failures so far,
 * a line every tenth of the run, and a line for each failing or unanswered scenario as it ends.
 */
final class Progress implements ConcurrentEventListener {
  private final PrintWriter out;
  private final int total;
  private final String label;
  private int done;
  private int failed;
  private int unanswered;

  Progress(PrintWriter out, int total, String label) {
    this.out = out;
    this.total = total;
    this.label = label;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
  }

  private synchronized void finished(TestCaseFinished event) {
    done++;
    Status status = event.getResult().getStatus();
    if (status != Status.PASSED && status != Status.SKIPPED) {
      boolean noAnswer = NoAnswer.isNoAnswer(event.getResult().getError());
      if (noAnswer) {
        unanswered++;
      } else {
        failed++;
      }
      String rule = RunReport.rules(event.getTestCase().getTags()).stream().findFirst().orElse("(no rule)");
      out.println("  " + (noAnswer ? "ERROR (no answer) " : "FAILED ") + rule + ": " + event.getTestCase().getName());
    }
    int step = Math.max(1, total / 10);
    if (done % step == 0 || done == total) {
      out.printf("%s[%d/%d] %d failed so far%s%n", label, done, total, failed,
          unanswered == 0 ? "" : ", " + unanswered + " without an answer");
    }
    out.flush();
  }
}
