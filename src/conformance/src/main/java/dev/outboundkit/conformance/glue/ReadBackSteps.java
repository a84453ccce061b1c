package dev.outboundkit.conformance.glue;

import java.io.IOException;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import dev.outboundkit.client.ApiResult;
import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Keys;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.exception.ResultCodeException;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.model.PhoneGroupListVo;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.generated.model.ResultCode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The read-back operation, getPhoneGroups (查询名单批次), the only published view of an edit. */
public class ReadBackSteps {
  private final World world;

  public ReadBackSteps(World world) {
    this.world = world;
  }

  private Answer readBack;

  @Then("the read-back {channel} shows the batch that was sent")
  public void showsWhatWasSent(Channel channel) {
    JsonElement sent = world.body.get("outboundPhoneGroups");
    Verdicts.requireSameBatches(sent.getAsJsonArray(), read(world, channel), "getPhoneGroups " + channel.words());
  }

  @Then("the read-back {channel} shows the batch as it was before the edit")
  public void showsWhatWasThere(Channel channel) {
    JsonElement before = world.readBackBefore.data();
    Verdicts.requireSameBatches(before.getAsJsonArray(), read(world, channel), "getPhoneGroups " + channel.words());
  }

  /** @return the batches read back, through the channel; the raw answer's shape checked */
  private static JsonElement read(World world, Channel channel) {
    long id = world.taskId();
    switch (channel) {
      case RAW -> {
        Answer answer = Verdicts.readBack(world);
        requireSuccess(answer);
        return answer.data();
      }
      case GENERATED -> {
        world.nextCallIs("generated client (OutboundTaskApi.getPhoneGroups)");
        PhoneGroupListVo vo;
        try {
          vo = world.wire.generated().getPhoneGroups(id).execute().body();
        } catch (IOException e) {
          throw EditSteps.noAnswer(world, "the generated client", e);
        }
        Answer raw = world.lastAnswer();
        AnswerCheck.whole(raw, AnswerCheck.Operation.READ_BACK);
        requireSuccess(raw);
        if (vo == null || vo.getCode() != ResultCode.SUCCESS) {
          throw new AssertionError("the generated client read " + vo + " from " + raw);
        }
        return toJson(vo.getData());
      }
      case FACADE -> {
        world.nextCallIs("Java client (OutboundClient.getPhoneGroups)");
        ApiResult<List<PhoneGroupVo>> result;
        try {
          result = world.wire.facade().getPhoneGroups(id);
        } catch (ResultCodeException e) {
          throw new AssertionError("the Java client's read-back was refused: " + world.lastAnswer(), e);
        } catch (RuntimeException e) {
          if (world.exchanges().isEmpty() || !world.lastAnswer().came()) {
            throw EditSteps.noAnswer(world, "the Java client", e);
          }
          throw new AssertionError("the Java client failed on the answer " + world.lastAnswer() + ": " + e, e);
        }
        Answer raw = world.lastAnswer();
        AnswerCheck.whole(raw, AnswerCheck.Operation.READ_BACK);
        requireSuccess(raw);
        return toJson(result.data());
      }
      default -> throw new IllegalArgumentException(channel.toString());
    }
  }

  private static JsonElement toJson(List<PhoneGroupVo> groups) {
    return groups == null ? new JsonArray() : JSON.getGson().toJsonTree(groups);
  }

  private static void requireSuccess(Answer answer) {
    if (!answer.is(ResultCode.SUCCESS)) {
      throw new AssertionError("reading the task back was refused: " + answer);
    }
  }

  @When("the {task} is read back")
  public void readBack(TaskRole role) {
    world.role = role;
    readBack = world.wire.readBack(world.taskId());
  }

  @When("the {task} is read back with a request signed with another key")
  public void readBackWithAnotherKey(TaskRole role) {
    world.role = role;
    readBack = world.wire.readBack(world.taskId(), world.wire.plainHeaders().signWith(Keys.strangerKey()));
  }

  @Then("the read-back is refused")
  public void readBackRefused() {
    if (readBack.is(ResultCode.SUCCESS)) {
      throw new AssertionError("expected getPhoneGroups to be refused, but it answered " + readBack);
    }
    AnswerCheck.whole(readBack, AnswerCheck.Operation.READ_BACK);
  }
}
