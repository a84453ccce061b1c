package dev.outboundkit.mock;

import dev.outboundkit.generated.model.ResultCode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the mock does with one request whose body is read, before anything goes on the wire:
 * routes it by path (the vendor's two operations, the control API, else 404), lets an injected
 * {@link Fault} stand in for the answer or shape it, asks the {@link SignatureDoctor} why a
 * {@code 10001} was answered, and records the request in the {@link Journal}. {@link MockHandler}
 * then plays the {@link Outcome} on the wire.
 */
final class Reception {

  private static final Logger LOG = LoggerFactory.getLogger(Reception.class);

  /** An answer to send and, when one plays, the fault that shapes how (or whether) it is sent. */
  record Outcome(Answer answer, Fault fault) {
  }

  /**
   * What the mock needs of the request, Jetty's fields aside.
   *
   * @param headerList every header by name as sent; called when the journal is read, later and on
   *     another thread, so it must read only what does not change (Jetty's request fields do not)
   */
  record Received(String method, String path, String query, Headers headers,
      Supplier<Map<String, List<String>>> headerList, BodyReader.Body body) {
  }

  private final VendorApi api;
  /** Null when the control API is off: its paths are then unknown like any other. */
  private final ControlApi control;
  /** The two operations' paths, from the spec the mock enforces (which may be a copy, --spec). */
  private final String editPath;
  private final String phoneGroupsPath;
  private final FaultPlan faults;
  private final SignatureDoctor doctor;
  private final Journal journal;
  private final Clock clock;
  private final Readings readings;
  private final String appIdHeader;
  private final String signHeader;

  Reception(VendorApi api, ControlApi control, String editPath, String phoneGroupsPath, FaultPlan faults,
      SignatureDoctor doctor, Journal journal, Clock clock, Readings readings, String appIdHeader,
      String signHeader) {
    this.api = Objects.requireNonNull(api, "api");
    this.control = control;
    this.editPath = Objects.requireNonNull(editPath, "editPath");
    this.phoneGroupsPath = Objects.requireNonNull(phoneGroupsPath, "phoneGroupsPath");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.doctor = Objects.requireNonNull(doctor, "doctor");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.readings = Objects.requireNonNull(readings, "readings");
    this.appIdHeader = Objects.requireNonNull(appIdHeader, "appIdHeader");
    this.signHeader = Objects.requireNonNull(signHeader, "signHeader");
  }

  Outcome receive(Received request) {
    String path = request.path();
    if (control != null && path.startsWith(MockServer.CONTROL_PREFIX)) {
      // Never faulted (faults are cleared through it), never recorded (it would fill the journal).
      return new Outcome(control.answer(request.method(), path.substring(MockServer.CONTROL_PREFIX.length()),
          request.query(), request.body()), null);
    }
    RecordedRequest.Kind kind = editPath.equals(path) ? RecordedRequest.Kind.EDIT
        : phoneGroupsPath.equals(path) ? RecordedRequest.Kind.READ_BACK : RecordedRequest.Kind.OTHER;
    Fault fault = kind == RecordedRequest.Kind.OTHER ? null
        : faults.take(path, first(request.headers().values(appIdHeader)), () -> taskId(kind, request));
    Answer answer = fault == null || fault.answersAsUsual() ? route(kind, request)
        : fault.answer(readings.data(kind == RecordedRequest.Kind.READ_BACK));
    if (answer != null && answer.code == ResultCode.AUTHENTICATION_FAILED) {
      answer = answer.withDiagnosis(doctor.diagnose(request.headers()));
    }
    if (journal.on()) {
      journal.add(record(request, kind, answer, fault));
    }
    return new Outcome(answer, fault);
  }

  private Answer route(RecordedRequest.Kind kind, Received request) {
    String query = request.query();
    if (query != null && !MockHandler.validEscapes(query)) {
      return Answer.error(400, JsonErrorHandler.malformed(400, "the query has a %-escape that is not % and two hex digits"));
    }
    try {
      return switch (kind) {
        case EDIT -> api.edit(request.method(), request.headers(), request.body());
        case READ_BACK -> api.phoneGroups(request.method(), request.headers(), query);
        case OTHER -> Answer.error(404, "no such path: " + Answer.quote(request.path()));
      };
    } catch (RuntimeException | Error e) {
      // No request data in the log line (a body may hold anything); the stack trace is ours.
      LOG.error("unexpected failure answering {} {}; answered {}", request.method(), Answer.quote(request.path()),
          ResultCode.SYSTEM_ERROR, e);
      return Answer.api(ResultCode.SYSTEM_ERROR, null,
          kind == RecordedRequest.Kind.READ_BACK ? Answer.READ_REFUSED : Answer.EDIT_REFUSED);
    }
  }

  private static OptionalLong taskId(RecordedRequest.Kind kind, Received request) {
    if (kind == RecordedRequest.Kind.READ_BACK) {
      return RecordedRequest.taskIdOfQuery(request.query());
    }
    BodyReader.Body body = request.body();
    return body.tooLarge() ? OptionalLong.empty() : RecordedRequest.taskIdOf(RecordedRequest.text(body.bytes(), body.length()));
  }

  private RecordedRequest record(Received request, RecordedRequest.Kind kind, Answer answer, Fault fault) {
    int status = answer == null ? 0 : answer.status;
    String code = answer == null ? "" : answer.codeText;
    String played = null;
    if (fault != null) {
      played = fault.action();
      switch (fault.kind()) {
        case NO_ANSWER -> {
          played += ": the answer (HTTP " + status + (code.isEmpty() ? "" : ", " + code) + ") was held back";
          status = 0;
          code = "";
        }
        case TRUNCATED -> {
          played += ": the answer" + (code.isEmpty() ? "" : " (" + code + ")") + " was cut after "
              + MockHandler.truncatedLength(answer) + " of " + answer.body.length + " bytes";
          code = "";
        }
        default -> {
        }
      }
    }
    return new RecordedRequest(clock.instant(), request, signHeader, kind, status, code,
        answer == null ? null : answer.diagnosis, played);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }
}
