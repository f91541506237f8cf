import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportCpiArchive, exportCpiPackage, importCpiArchive, importIflw, writeIflw } from '.';
import type { Package } from '../../workspace/package';
import { exportFlow } from '../exportFlow';
import type { Flow } from '../../model/flow';
import { runFlow } from '../../engine/runFlow';
import { runScript } from '../../script';
import { validateFlow } from '../../validation';
import { artifactZip } from './fixtures/archives';
import {
  buildIflw,
  end,
  script,
  receiver,
  sender,
  start,
  httpsSender,
  type FxElement,
  type FxFlow,
} from './fixtures/iflwBuilder';

/*
 * Cases met in real, public CPI content (SAP's integration recipes and accelerator packages,
 * community artifact repositories), each reproduced in a small synthetic flow.
 */

const input = { body: 'in', headers: {}, properties: {} };
const step = (flow: Flow, id: string) => flow.process.steps.find((s) => s.id === id)!;
const roundTrip = async (flow: Flow) =>
  (await importIflw(await writeIflw(flow), `${flow.name}.iflw`)).flow;

const lipEvent = (tag: 'startEvent' | 'endEvent', id: string, x: number): FxElement => ({
  tag,
  id,
  name: tag === 'startEvent' ? 'Start' : 'End',
  // How CPI writes the plain events of a Local Integration Process: no event definition.
  props: {
    cmdVariantUri: `ctype::FlowstepVariant/cname::${tag === 'startEvent' ? 'StartEvent' : 'EndEvent'}`,
    activityType: tag === 'startEvent' ? 'StartEvent' : 'EndEvent',
  },
  bounds: [x, 372, 32, 32],
});

const contentModifier = (id: string, x: number, y: number, body: string): FxElement => ({
  tag: 'callActivity',
  id,
  name: 'Set Body',
  props: {
    bodyType: 'constant',
    propertyTable: '',
    headerTable: '',
    wrapContent: body,
    componentVersion: '1.5',
    activityType: 'Enricher',
    cmdVariantUri: 'ctype::FlowstepVariant/cname::Enricher/version::1.5.1',
  },
  bounds: [x, y, 100, 60],
});

function localProcessFlow(): FxFlow {
  return {
    participants: [sender],
    messageFlows: [httpsSender('MessageFlow_1', 'StartEvent_2', '/lip')],
    processes: [
      {
        id: 'Process_1',
        name: 'Integration Process',
        participant: 'Participant_Process_1',
        bounds: [250, 60, 600, 200],
        elements: [
          start(),
          {
            tag: 'callActivity',
            id: 'CallActivity_Call',
            name: 'Process Call',
            props: {
              processId: 'Process_10',
              activityType: 'ProcessCallElement',
              subActivityType: 'NonLoopingProcess',
              componentVersion: '1.0',
              cmdVariantUri: 'ctype::FlowstepVariant/cname::NonLoopingProcess/version::1.0.3',
            },
            bounds: [450, 130, 100, 60],
          },
          end('EndEvent_2', [700, 142]),
        ],
        links: [
          { id: 'SequenceFlow_1', source: 'StartEvent_2', target: 'CallActivity_Call' },
          { id: 'SequenceFlow_2', source: 'CallActivity_Call', target: 'EndEvent_2' },
        ],
      },
      {
        id: 'Process_10',
        name: 'Enrich',
        participant: 'Participant_Process_10',
        local: true,
        bounds: [250, 300, 600, 180],
        elements: [
          lipEvent('startEvent', 'StartEvent_10', 292),
          contentModifier('CallActivity_Set', 450, 358, 'from the local process'),
          lipEvent('endEvent', 'EndEvent_10', 700),
        ],
        links: [
          { id: 'SequenceFlow_10', source: 'StartEvent_10', target: 'CallActivity_Set' },
          { id: 'SequenceFlow_11', source: 'CallActivity_Set', target: 'EndEvent_10' },
        ],
      },
    ],
  };
}

describe('real CPI content', () => {
  it('reads the Start and End of a Local Integration Process written as activityType StartEvent / EndEvent', async () => {
    const { flow, report } = await importIflw(buildIflw(localProcessFlow()), 'lip.iflw');
    expect(step(flow, 'StartEvent_10').type).toBe('startEvent');
    expect(step(flow, 'EndEvent_10').type).toBe('endEvent');
    expect(report.entries.filter((e) => e.placeholder)).toEqual([]);
    expect(validateFlow(flow).filter((p) => p.severity === 'error')).toEqual([]);
    const trace = await runFlow(flow, input, { runScript });
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe('from the local process');
    // Written back as they came: activityType and no event definition.
    const xml = await writeIflw(flow);
    const lipStart = xml.slice(xml.indexOf('<bpmn2:startEvent id="StartEvent_10"'));
    expect(lipStart.slice(0, lipStart.indexOf('</bpmn2:startEvent>'))).toContain(
      '<value>StartEvent</value>',
    );
    expect(lipStart.slice(0, lipStart.indexOf('</bpmn2:startEvent>'))).not.toContain(
      'EventDefinition',
    );
  });

  it('reads a Terminate End (activityType TerminateEvent) as an End', async () => {
    const fx = localProcessFlow();
    fx.processes[0]!.elements[2] = {
      tag: 'endEvent',
      id: 'EndEvent_2',
      name: 'Terminate',
      props: {
        activityType: 'TerminateEvent',
        cmdVariantUri: 'ctype::FlowstepVariant/cname::TerminateEndEvent/version::1.0.0',
      },
      eventDef: 'terminateEventDefinition',
      bounds: [700, 142, 32, 32],
    };
    const { flow } = await importIflw(buildIflw(fx), 'terminate.iflw');
    expect(step(flow, 'EndEvent_2').type).toBe('endEvent');
    expect(await writeIflw(flow)).toContain('<bpmn2:terminateEventDefinition/>');
  });

  it('keeps a receiver channel CPI draws from the Receiver to its step', async () => {
    const fx = localProcessFlow();
    fx.participants.push(receiver);
    fx.processes[0]!.elements[1] = {
      tag: 'serviceTask',
      id: 'ServiceTask_Call',
      name: 'Query',
      props: {
        activityType: 'ExternalCall',
        componentVersion: '1.0',
        cmdVariantUri: 'ctype::FlowstepVariant/cname::ExternalCall/version::1.0.4',
      },
      bounds: [450, 130, 100, 60],
    };
    fx.processes[0]!.links = [
      { id: 'SequenceFlow_1', source: 'StartEvent_2', target: 'ServiceTask_Call' },
      { id: 'SequenceFlow_2', source: 'ServiceTask_Call', target: 'EndEvent_2' },
    ];
    fx.messageFlows.push({
      id: 'MessageFlow_2',
      name: 'SuccessFactors',
      source: 'Participant_2',
      target: 'ServiceTask_Call',
      props: { ComponentType: 'SuccessFactors', Name: 'SuccessFactors', operation: 'Query' },
    });
    const { flow } = await importIflw(buildIflw(fx), 'reversed.iflw');
    const mf = flow.messageFlows.find((m) => m.id === 'MessageFlow_2')!;
    // The model runs step → Receiver (as every receiver channel), so the rules hold.
    expect(mf).toMatchObject({ source: 'ServiceTask_Call', target: 'Participant_2' });
    expect(mf.adapter.config).toMatchObject({ componentType: 'SuccessFactors' });
    const xml = await writeIflw(flow);
    expect(xml).toContain(
      'id="MessageFlow_2" name="SuccessFactors" sourceRef="Participant_2" targetRef="ServiceTask_Call"',
    );
    expect(xml).toContain(
      'bpmnElement="MessageFlow_2" id="BPMNEdge_MessageFlow_2" sourceElement="BPMNShape_Participant_2" targetElement="BPMNShape_ServiceTask_Call"',
    );
    expect(exportFlow(await roundTrip(flow))).toBe(exportFlow(flow));
  });

  it('exports the CORS flag and empty or parameterised credential properties, never a secret', async () => {
    const fx = localProcessFlow();
    fx.flowProps = { accessControlAllowCredentials: '', corsEnabled: 'false' };
    fx.participants.push(receiver);
    fx.messageFlows.push({
      id: 'MessageFlow_2',
      name: 'Mail',
      source: 'CallActivity_Call',
      target: 'Participant_2',
      props: {
        ComponentType: 'Mail',
        password: 'cm1sp@ssword',
        oauthAccessToken: '',
        credentials: '{{Mail Credentials}}',
      },
    });
    const xml = await writeIflw((await importIflw(buildIflw(fx), 'cors.iflw')).flow);
    expect(xml).toContain('<key>accessControlAllowCredentials</key>');
    expect(xml).toContain('<key>oauthAccessToken</key>');
    expect(xml).toContain('<value>{{Mail Credentials}}</value>');
    expect(xml).not.toContain('cm1sp@ssword');
  });

  it('names the files that make an archive too large for the studio', async () => {
    const big = new Uint8Array(16 * 1024 * 1024);
    let seed = 2463534242; // xorshift: data that does not compress (zip bomb rules stay quiet)
    for (let i = 0; i < big.length; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      big[i] = seed & 0xff;
    }
    const zip = artifactZip('Big', 'Big', buildIflw(localProcessFlow()), {
      'src/main/resources/edmx/service.edmx': big,
    });
    await expect(importCpiArchive(zip, 'Big.zip')).rejects.toThrow(
      /Big\.zip.*is too large for the studio: the flow with its files takes 21\.\d MB and a flow may take at most 20\.0 MB; its largest files: edmx\/service\.edmx \(16\.0 MB\)/,
    );
  });
});

/** A flow with what real exports carry beyond the studio's own model. */
function richFlow(): FxFlow {
  const fx = localProcessFlow();
  fx.participants.push({ ...receiver, bounds: [900.5, 90.25, 100, 140] });
  fx.flowProps = { returnExceptionToSender: '', namespaceMapping: 'xmlns:p1=urn:orders;' };
  const main = fx.processes[0]!;
  main.bounds = [250.7302, 60, 600, 200];
  main.elements[1] = {
    ...main.elements[1]!,
    // A Looping Process Call (OData paging, say).
    props: {
      ...main.elements[1]!.props,
      subActivityType: 'LoopingProcess',
      loopId: 'Loop_1',
      cmdVariantUri: 'ctype::FlowstepVariant/cname::LoopingProcess/version::1.1',
    },
  };
  main.elements.push({
    tag: 'serviceTask',
    id: 'ServiceTask_Call',
    name: 'Call Orders',
    props: {
      activityType: 'ExternalCall',
      componentVersion: '1.0',
      cmdVariantUri: 'ctype::FlowstepVariant/cname::ExternalCall/version::1.0.4',
    },
    bounds: [560.5, 130, 100, 60],
  });
  fx.messageFlows.push({
    id: 'MessageFlow_2',
    name: 'HTTP',
    source: 'ServiceTask_Call',
    target: 'Participant_2',
    props: {
      ComponentType: 'HTTP',
      Name: 'HTTP_Receiver_Orders',
      httpAddressWithoutQuery: '{{Orders URL}}',
      httpMethod: '{{Orders Method}}',
      httpRequestTimeout: '{{Orders Timeout}}',
      authenticationMethod: '{{Orders Auth}}',
      credentialName: '',
    },
  });
  return fx;
}

/** The .iflw of `fx` with the parts the fixture builder does not write. */
function richXml(): string {
  return buildIflw(richFlow())
    .replace(
      '<bpmn2:collaboration id="Collaboration_1" name="Default Collaboration">',
      '<bpmn2:collaboration id="Collaboration_1" name="Default Collaboration">\n    <bpmn2:documentation id="Documentation_1" textFormat="text/plain">Pulls orders page by page.</bpmn2:documentation>',
    )
    .replace(
      '<bpmn2:messageEventDefinition/>',
      '<bpmn2:messageEventDefinition id="MessageEventDefinition_7"/>',
    )
    .replace(
      /(<bpmn2:callActivity id="CallActivity_Call"[\s\S]*?)(<\/bpmn2:callActivity>)/,
      `$1  <bpmn2:standardLoopCharacteristics id="Loop_1" loopMaximum="99">\n        <bpmn2:loopCondition id="FormalExpression_Loop_1" xsi:type="bpmn2:tFormalExpression">\${property.hasMore} = 'true'</bpmn2:loopCondition>\n      </bpmn2:standardLoopCharacteristics>\n    $2`,
    )
    .replace(
      '<bpmndi:BPMNShape bpmnElement="StartEvent_2"',
      '<bpmndi:BPMNEdge bpmnElement="SequenceFlow_1" id="BPMNEdge_SequenceFlow_1" sourceElement="BPMNShape_StartEvent_2" targetElement="BPMNShape_CallActivity_Call"><di:waypoint x="308.0" xsi:type="dc:Point" y="158.0"/><di:waypoint x="499.99999999999994" xsi:type="dc:Point" y="160.0"/></bpmndi:BPMNEdge>\n      <bpmndi:BPMNShape bpmnElement="StartEvent_2"',
    );
}

describe('real CPI content: an export writes back what it imported', () => {
  it('keeps parameters in choice and number fields, the adapter name and flow settings as written', async () => {
    const { flow, report } = await importIflw(richXml(), 'rich.iflw');
    const mf = flow.messageFlows.find((m) => m.id === 'MessageFlow_2')!;
    // The field shows what the studio can say; the report says what CPI had.
    expect(mf.adapter.config).toMatchObject({ authentication: 'None', timeoutMs: 60000 });
    const notes = report.entries.find((e) => e.elementId === 'MessageFlow_2')!.notes.join('\n');
    expect(notes).toContain('authenticationMethod is the externalised parameter {{Orders Auth}}');
    const xml = await writeIflw(flow);
    for (const kept of [
      '<value>{{Orders Auth}}</value>',
      '<value>{{Orders Timeout}}</value>',
      '<value>{{Orders Method}}</value>',
      '<value>{{Orders URL}}</value>',
      '<value>HTTP_Receiver_Orders</value>',
      '<value>xmlns:p1=urn:orders;</value>',
    ])
      expect(xml).toContain(kept);
    expect(xml).toMatch(/<key>returnExceptionToSender<\/key>\s*<value\/>/);
    // A field the user changes writes its new value.
    mf.adapter.config = { ...mf.adapter.config, authentication: 'Basic' };
    expect(await writeIflw(flow)).toMatch(
      /<key>authenticationMethod<\/key>\s*<value>Basic<\/value>/,
    );
  });

  it('keeps ids of event definitions, the loop of a Looping Process Call, the flow documentation', async () => {
    const { flow, report } = await importIflw(richXml(), 'rich.iflw');
    expect(flow.description).toBe('Pulls orders page by page.');
    const note = report.entries.find((e) => e.elementId === 'CallActivity_Call')!.notes[0];
    expect(note).toContain("loops while ${property.hasMore} = 'true' (at most 99 times)");
    const xml = await writeIflw(flow);
    expect(xml).toContain(
      '<bpmn2:documentation id="Documentation_1" textFormat="text/plain">Pulls orders page by page.</bpmn2:documentation>',
    );
    expect(xml).toContain('<bpmn2:messageEventDefinition id="MessageEventDefinition_7"/>');
    expect(xml).toContain('<bpmn2:standardLoopCharacteristics id="Loop_1" loopMaximum="99">');
    expect(xml).toContain(
      `<bpmn2:loopCondition id="FormalExpression_Loop_1" xsi:type="bpmn2:tFormalExpression">\${property.hasMore} = 'true'</bpmn2:loopCondition>`,
    );
  });

  it("writes CPI's own bounds and waypoints while an element stays; CPI's size around our centre once moved", async () => {
    const { flow } = await importIflw(richXml(), 'rich.iflw');
    const xml = await writeIflw(flow);
    expect(xml).toMatch(
      /bpmnElement="Participant_Process_1"[^>]*>\s*<dc:Bounds height="200.0" width="600.0" x="250.7302" y="60.0"\/>/,
    );
    expect(xml).toMatch(
      /bpmnElement="Participant_2"[^>]*>\s*<dc:Bounds height="140.0" width="100.0" x="900.5" y="90.25"\/>/,
    );
    expect(xml).toMatch(
      /bpmnElement="ServiceTask_Call"[^>]*>\s*<dc:Bounds height="60.0" width="100.0" x="560.5" y="130.0"\/>/,
    );
    expect(xml).toContain('<di:waypoint x="499.99999999999994" xsi:type="dc:Point" y="160.0"/>');
    const task = step(flow, 'ServiceTask_Call');
    task.position = { x: task.position.x + 40, y: task.position.y };
    // Our centre was CPI's, rounded to whole pixels (610.5 → 611), and moved by 40.
    expect(await writeIflw(flow)).toMatch(
      /bpmnElement="ServiceTask_Call"[^>]*>\s*<dc:Bounds height="60.0" width="100.0" x="601.0" y="130.0"\/>/,
    );
  });

  it('imports its own export as the same flow, with Local Integration Processes written first', async () => {
    // CPI may write a Local Integration Process before the Integration Process.
    const fx = richFlow();
    fx.processes.reverse();
    const { flow } = await importIflw(buildIflw(fx), 'rich.iflw');
    expect(exportFlow(await roundTrip(flow))).toBe(exportFlow(flow));
    const rich = (await importIflw(richXml(), 'rich.iflw')).flow;
    expect(exportFlow(await roundTrip(rich))).toBe(exportFlow(rich));
  });
});

describe('real CPI content: scheduled flows', () => {
  /** A Timer Start as CPI writes it: its schedule and activityType in the event definition. */
  function timerXml(): string {
    const fx = localProcessFlow();
    fx.messageFlows = [];
    fx.processes[0]!.elements[0] = {
      tag: 'startEvent',
      id: 'StartEvent_4',
      name: 'Start Timer 1',
      bounds: [292, 142, 32, 32],
    };
    fx.processes[0]!.links[0] = {
      id: 'SequenceFlow_1',
      source: 'StartEvent_4',
      target: 'CallActivity_Call',
    };
    const schedule =
      '&lt;row&gt;&lt;cell&gt;triggerType&lt;/cell&gt;&lt;cell&gt;simple&lt;/cell&gt;&lt;/row&gt;&lt;row&gt;&lt;cell&gt;schedule1&lt;/cell&gt;&lt;cell&gt;fireNow=true&lt;/cell&gt;&lt;/row&gt;';
    return buildIflw(fx).replace(
      /(<bpmn2:startEvent id="StartEvent_4" name="Start Timer 1">[\s\S]*?)(<\/bpmn2:startEvent>)/,
      `$1  <bpmn2:timerEventDefinition id="TimerEventDefinition_703478"><bpmn2:extensionElements><ifl:property><key>scheduleKey</key><value>${schedule}</value></ifl:property><ifl:property><key>activityType</key><value>StartTimerEvent</value></ifl:property><ifl:property><key>cmdVariantUri</key><value>ctype::FlowstepVariant/cname::intermediatetimer/version::1.2.0</value></ifl:property></bpmn2:extensionElements></bpmn2:timerEventDefinition>\n    $2`,
    );
  }

  it('reads a Timer Start as a start of the process: validated, simulated, written back', async () => {
    const { flow, report } = await importIflw(timerXml(), 'timer.iflw');
    expect(step(flow, 'StartEvent_4').type).toBe('timerStart');
    expect(report.entries.filter((e) => e.placeholder)).toEqual([]);
    const problems = validateFlow(flow);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The Sender CPI draws on every flow is left unconnected: a note, not an error.
    expect(problems.map((p) => p.message)).toContain(
      'Sender is not connected: the process starts with the timer "Start Timer 1"',
    );
    const trace = await runFlow(flow, input, { runScript });
    expect(trace.status).toBe('completed');
    expect(trace.entries[0]!.stepId).toBe('StartEvent_4');
    expect(trace.output.body).toBe('from the local process');
    const xml = await writeIflw(flow);
    expect(xml).toContain('<bpmn2:timerEventDefinition id="TimerEventDefinition_703478">');
    expect(xml).toContain('&lt;cell&gt;schedule1&lt;/cell&gt;&lt;cell&gt;fireNow=true');
    expect(xml).toContain('<value>StartTimerEvent</value>');
    expect(exportFlow(await roundTrip(flow))).toBe(exportFlow(flow));
  });
});

describe('real CPI content: an Escalation End', () => {
  it('stays a placeholder named as CPI names it, and ends its path for validation', async () => {
    const fx = localProcessFlow();
    fx.processes[0]!.elements[2] = {
      tag: 'endEvent',
      id: 'EscalationEnd_1',
      name: 'Escalation End',
      eventDef: 'escalationEventDefinition',
      bounds: [700, 142, 32, 32],
    };
    fx.processes[0]!.links[1] = {
      id: 'SequenceFlow_2',
      source: 'CallActivity_Call',
      target: 'EscalationEnd_1',
    };
    const { flow, report } = await importIflw(buildIflw(fx), 'escalation.iflw');
    expect(step(flow, 'EscalationEnd_1')).toMatchObject({
      type: 'placeholder',
      config: { shapeName: 'Escalation End', element: 'endEvent' },
    });
    expect(report.entries.find((e) => e.placeholder)?.kind).toBe('Escalation End');
    const messages = validateFlow(flow).map((p) => p.message);
    expect(messages.filter((m) => /path to an End|has no End event/.test(m))).toEqual([]);
    expect(await writeIflw(flow)).toContain('<bpmn2:escalationEventDefinition/>');
  });
});

describe('real CPI content: Script Collections', () => {
  const LOG = `import com.sap.gateway.ip.core.customdev.util.Message
def Message processData(Message message) {
    message.setBody('logged: ' + message.getBody(String))
    return message
}
`;
  /** A flow whose Script step takes its script from the collection "Common_Scripts". */
  function flowXml(): string {
    const fx = localProcessFlow();
    fx.processes = [fx.processes[0]!];
    const step = script('CallActivity_Log', 'Log Message', 'logMessage.groovy', [450, 130]);
    step.props = { ...step.props, scriptBundleId: 'Common_Scripts' };
    fx.processes[0]!.elements[1] = step;
    fx.processes[0]!.links = [
      { id: 'SequenceFlow_1', source: 'StartEvent_2', target: 'CallActivity_Log' },
      { id: 'SequenceFlow_2', source: 'CallActivity_Log', target: 'EndEvent_2' },
    ];
    return buildIflw(fx);
  }
  /** A package export with the flow and the Script Collection it uses, as CPI writes one. */
  function packageWithCollection(): Uint8Array {
    const resources = [
      { id: 'p1', resourceType: 'ContentPackage', name: 'Orders', displayName: 'Orders' },
      { id: 'c1', resourceType: 'ScriptCollection', name: 'Common Scripts.zip' },
      { id: 'f1', resourceType: 'IFlow', name: 'Orders In.zip', displayName: 'Orders In' },
    ];
    return zipSync({
      'resources.cnt': strToU8(btoa(JSON.stringify({ resources }))),
      c1_content: zipSync({
        'META-INF/MANIFEST.MF': strToU8(
          'Manifest-Version: 1.0\r\nBundle-Name: Common Scripts\r\nBundle-SymbolicName: Common_Scripts\r\nSAP-BundleType: ScriptCollection\r\n',
        ),
        'src/main/resources/script/logMessage.groovy': strToU8(LOG),
      }),
      f1_content: artifactZip('Orders_In', 'Orders In', flowXml()),
    });
  }

  it("runs a Script step whose script is in the package's Script Collection, and exports it with the collection", async () => {
    const r = await importCpiArchive(packageWithCollection(), 'Orders.zip');
    const flow = r.flows[0]!;
    expect(flow.resources.scripts).toEqual([
      expect.objectContaining({ name: 'logMessage.groovy', collection: 'Common_Scripts' }),
    ]);
    expect(validateFlow(flow).filter((p) => p.severity === 'error')).toEqual([]);
    const trace = await runFlow(flow, input, { runScript });
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe('logged: in');
    // The flow's own archive does not take the collection's script …
    const own = unzipSync(await exportCpiArchive(flow));
    expect(Object.keys(own).filter((k) => k.includes('/script/'))).toEqual([]);
    // … the package export carries the collection, and imports as it came.
    const pkg: Package = { id: 'p1', ...r.package!, createdAt: '', modifiedAt: '' };
    const out = await exportCpiPackage(pkg, r.flows);
    const cnt = JSON.parse(atob(new TextDecoder().decode(unzipSync(out)['resources.cnt']))) as {
      resources: { resourceType: string; name: string }[];
    };
    expect(cnt.resources).toContainEqual(
      expect.objectContaining({ resourceType: 'ScriptCollection', name: 'Common_Scripts' }),
    );
    const back = await importCpiArchive(out, 'again.zip');
    expect(back.flows.map(exportFlow)).toEqual(r.flows.map(exportFlow));
  });

  it('says which Script Collection a script belongs to when an artifact comes without it', async () => {
    const r = await importCpiArchive(
      artifactZip('Orders_In', 'Orders In', flowXml()),
      'Orders In.zip',
    );
    const notes = r.reports[0]!.entries.flatMap((e) => e.notes);
    expect(notes).toContain(
      'script "logMessage.groovy" belongs to the Script Collection "Common_Scripts", which is not in this archive; import the package export that holds the collection to run it',
    );
  });
});

describe('real CPI content: metainfo.prop', () => {
  it('reads the description as the Java properties file it is, and writes it so again', async () => {
    const zip = artifactZip('Benefits', 'Benefits', buildIflw(localProcessFlow()), {
      'metainfo.prop':
        '#Store metainfo properties\ndescription=Sends employees to a vendor \\: Benefitfocus, caf\\u00e9 \\\n  included\nsource=SuccessFactors\n',
    });
    const flow = (await importCpiArchive(zip, 'Benefits.zip')).flows[0]!;
    expect(flow.description).toBe('Sends employees to a vendor : Benefitfocus, café included');
    const again = (await importCpiArchive(await exportCpiArchive(flow), 'again.zip')).flows[0]!;
    expect(again.description).toBe(flow.description);
  });
});
