package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

import dev.outboundkit.generated.canary.model.Edit;
import dev.outboundkit.generated.canary.model.Planned;

/**
 * The project's templates generate an inline {@code enum:} that compiles and serialises: this
 * class compiles only because src/test/resources/generator/inline-enum.yaml was generated with
 * them (pom.xml, execution "template-canary").
 */
class InlineEnumGenerationTest {
  private static final Gson GSON = new Gson();

  @Test
  void anInlineEnumIsAnEnumOfItsClassAndTravelsAsItsValue() {
    Planned planned = new Planned().speed(Planned.SpeedEnum.FAST).retries(Planned.RetriesEnum.NUMBER_1);

    assertThat(GSON.toJson(planned, Edit.class)).isEqualTo("{\"speed\":\"fast\",\"retries\":1}");
    assertThat(GSON.fromJson("{\"speed\":\"slow\"}", Edit.class))
        .isInstanceOfSatisfying(Planned.class, p -> assertThat(p.getSpeed()).isEqualTo(Planned.SpeedEnum.SLOW));
  }
}
