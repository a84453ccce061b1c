package dev.outboundkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.generated.model.AutoOutboundSwitch;
import dev.outboundkit.generated.model.ExecTimeOpenDto;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupDto;
import dev.outboundkit.generated.model.SendNumberStrategy;

/** The vendor page's two request bodies, as typed models and as the page's own JSON. */
public final class PageExamples {
  private PageExamples() {
  }

  public static NotStartedTaskEdit notStarted() {
    return new NotStartedTaskEdit()
        .taskId(121L)
        .taskName("自动外呼任务名称")
        .taskExecStartDate(LocalDate.of(2020, 9, 27))
        .taskExecEndDate(LocalDate.of(2020, 9, 27))
        .addTaskExecTimesItem(new ExecTimeOpenDto().taskExecTimeStartStr("11:36:00").taskExecTimeEndStr("12:35:00"))
        .taskDesc("自动外呼描述")
        .skillSetId("1462016331580064")
        .outboundNumberGroupId("1070678044124225")
        .strategyDisplaySwitch(true)
        .sendNumberStrategy(SendNumberStrategy.BY_MULTIPLIER)
        .abandonmentRate(2)
        .multiplyPower(2)
        .maxRingingDuration(20)
        .acw(10)
        .addOutboundPhoneGroupsItem(batch());
  }

  public static InProgressTaskEdit inProgress() {
    return new InProgressTaskEdit()
        .taskId(121L)
        .outboundNumberGroupId("1070678044124225")
        .strategyDisplaySwitch(true)
        .sendNumberStrategy(SendNumberStrategy.BY_MULTIPLIER)
        .abandonmentRate(2)
        .multiplyPower(2)
        .addOutboundPhoneGroupsItem(batch());
  }

  private static PhoneGroupDto batch() {
    return new PhoneGroupDto()
        .name("外呼任务号码批次名称,如:本人、亲属、朋友")
        .identify("default")
        .autoOutboundSwitch(AutoOutboundSwitch.ON)
        .autoOutboundInterval(5)
        .autoOutboundTimes(1);
  }

  /** The page's body byte for byte, {@code "strategyDisplaySwitch":1} included. */
  public static String pageJson(String name) {
    try (InputStream in = PageExamples.class.getResourceAsStream("/page-examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's body as the spec decides it: the Boolean sent as {@code true}, not {@code 1}. */
  public static JsonObject pageJsonAsSpecified(String name) {
    JsonObject json = JsonParser.parseString(pageJson(name)).getAsJsonObject();
    if (json.get("strategyDisplaySwitch").getAsInt() != 1) {
      throw new IllegalStateException("the page's example changed");
    }
    json.add("strategyDisplaySwitch", new JsonPrimitive(true));
    return json;
  }
}
