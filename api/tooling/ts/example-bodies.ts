// The vendor page's two example bodies, built with the TypeScript client generated from
// api/openapi.yaml and serialised by it as the declared union type EditTaskRequest, the way the
// client sends a request body. compare-examples.mjs checks them against the Java client's JSON
// (target/spec-tooling/java-examples.json, written by ExampleBodiesExportTest) and the spec.
import {
  AutoOutboundSwitch,
  EditTaskRequest,
  EditTaskRequestFromJSON,
  EditTaskRequestToJSON,
  InProgressTaskEdit,
  NotStartedTaskEdit,
  PhoneGroupDto,
  SendNumberStrategy,
} from '../../../target/spec-tooling/clients/typescript/src/index';

function batch(): PhoneGroupDto {
  return {
    name: '外呼任务号码批次名称,如:本人、亲属、朋友',
    identify: 'default',
    autoOutboundSwitch: AutoOutboundSwitch.ON,
    autoOutboundInterval: 5,
    autoOutboundTimes: 1,
  };
}

export function notStarted(): NotStartedTaskEdit {
  return {
    taskId: 121,
    taskName: '自动外呼任务名称',
    // Local midnight of the day: the client writes a date from its local calendar fields.
    taskExecStartDate: new Date(2020, 8, 27),
    taskExecEndDate: new Date(2020, 8, 27),
    taskExecTimes: [{ taskExecTimeStartStr: '11:36:00', taskExecTimeEndStr: '12:35:00' }],
    taskDesc: '自动外呼描述',
    skillSetId: '1462016331580064',
    outboundNumberGroupId: '1070678044124225',
    strategyDisplaySwitch: true,
    sendNumberStrategy: SendNumberStrategy.BY_MULTIPLIER,
    abandonmentRate: 2,
    multiplyPower: 2,
    maxRingingDuration: 20,
    acw: 10,
    outboundPhoneGroups: [batch()],
  };
}

export function inProgressOrPaused(): InProgressTaskEdit {
  return {
    taskId: 121,
    outboundNumberGroupId: '1070678044124225',
    strategyDisplaySwitch: true,
    sendNumberStrategy: SendNumberStrategy.BY_MULTIPLIER,
    abandonmentRate: 2,
    multiplyPower: 2,
    outboundPhoneGroups: [batch()],
  };
}

/** What the client puts on the wire for a body: its ToJSON, through JSON.stringify. */
export function wireJson(body: EditTaskRequest): unknown {
  return JSON.parse(JSON.stringify(EditTaskRequestToJSON(body)));
}

/** The two bodies as the TypeScript client sends them, by example name of the spec. */
export function exampleBodies(): Record<string, unknown> {
  const bodies: Record<string, EditTaskRequest> = {
    notStarted: notStarted(),
    inProgressOrPaused: inProgressOrPaused(),
  };
  const out: Record<string, unknown> = {};
  for (const [name, body] of Object.entries(bodies)) {
    out[name] = wireJson(body);
  }
  return out;
}

/** Reads JSON with the client (EditTaskRequestFromJSON) and writes it back as the client would send it. */
export function roundTrip(json: unknown): unknown {
  return wireJson(EditTaskRequestFromJSON(json));
}
