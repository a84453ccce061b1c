package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A task is a snapshot: nothing a caller holds, gives or gets changes it, and numbers are values. */
class TaskTest {

  private static Task task(JsonArray batches) {
    return Task.builder().id(7).status(TaskStatus.NOT_STARTED).set("taskName", "快照")
        .set("outboundPhoneGroups", batches).set("acw", 30).build();
  }

  private static JsonArray batches() {
    return JsonParser.parseString("[{\"name\":\"本人\",\"identify\":\"default\",\"autoOutboundSwitch\":0}]")
        .getAsJsonArray();
  }

  @Test
  void noValueGivenOrHandedOutChangesTheSnapshot() {
    JsonArray given = batches();
    Task task = task(given);
    Task same = task(batches());

    given.get(0).getAsJsonObject().addProperty("name", "changed after build");
    task.field("outboundPhoneGroups").orElseThrow().getAsJsonArray().remove(0);
    task.fields().addProperty("acw", 99);
    task.fields().remove("taskName");
    task.toBuilder().set("acw", 1).unset("taskName").build();

    assertThat(task).isEqualTo(same);
    assertThat(task.field("outboundPhoneGroups")).contains(batches());
    assertThat(task.taskName()).isEqualTo("快照");
  }

  @Test
  void numbersAreHeldByValue() {
    Task integer = task(batches());
    Task decimal = task(batches()).toBuilder().set("acw", new BigDecimal("30.0")).build();
    Task parsed = task(batches()).toBuilder().set("acw", JsonParser.parseString("3e1")).build();

    assertThat(decimal).isEqualTo(integer).hasSameHashCodeAs(integer);
    assertThat(parsed).isEqualTo(integer).hasSameHashCodeAs(integer);
    assertThat(parsed.field("acw")).contains(new JsonPrimitive(30L));
    assertThat(task(batches()).toBuilder().set("acw", 31).build()).isNotEqualTo(integer);
  }

  @Test
  void nullUnsetsAField() {
    Task task = task(batches()).toBuilder().set("taskDesc", (String) null).build();

    assertThat(task.field("taskDesc")).isEmpty();
    assertThat(task).isEqualTo(task(batches()));
  }
}
