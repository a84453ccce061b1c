package dev.outboundkit.conformance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.outboundkit.generated.model.ResultCode;

/** The one reading of an answer's code and data, for the scenarios and the generated run. */
class AnswerTest {

  @Test
  void theSuccessIsTheCodeTenThousandWithDataTrue() {
    Answer answer = Answer.of(200, "{\"code\":\"10000\",\"message\":\"ok\",\"data\":true}");

    assertThat(answer.is(ResultCode.SUCCESS)).isTrue();
    assertThat(answer.accepted()).isTrue();
  }

  @Test
  void aRefusalIsReadByItsCodeAndIsNotAccepted() {
    Answer answer = Answer.of(200, "{\"code\":\"29002\",\"message\":\"参数错误\",\"data\":null}");

    assertThat(answer.is(ResultCode.PARAMETER_ERROR)).isTrue();
    assertThat(answer.accepted()).isFalse();
  }

  @Test
  void aCodeSentAsANumberIsReadAsTextTheShapeCheckSaysItIsNotAString() {
    assertThat(Answer.of(200, "{\"code\":10000,\"data\":true}").code()).isEqualTo("10000");
  }

  @Test
  void aBodyThatIsNoJsonObjectHasNoCode() {
    assertThat(Answer.of(502, "<html>bad gateway</html>").code()).isNull();
    assertThat(Answer.of(200, "[1,2]").code()).isNull();
  }

  @Test
  void noAnswerSaysWhyWithoutTheExceptionsClass() {
    Answer none = Answer.none(new IOException("Failed to connect to /127.0.0.1:9"));

    assertThat(none.status()).isEqualTo(-1);
    assertThat(none.text()).isEqualTo("no answer: Failed to connect to /127.0.0.1:9").doesNotContain("IOException");
  }
}
