import { describe, expect, it } from 'vitest';
import { importCpiArchive, importIflw, writeIflw } from '.';
import { exportFlow } from '../exportFlow';
import type { Flow } from '../../model/flow';
import { runFlow } from '../../engine/runFlow';
import { runScript } from '../../script';
import { validateFlow } from '../../validation';
import { artifactZip } from './fixtures/archives';
import {
  buildIflw,
  end,
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
const roundTrip = (flow: Flow) => importIflw(writeIflw(flow), `${flow.name}.iflw`).flow;

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
    const { flow, report } = importIflw(buildIflw(localProcessFlow()), 'lip.iflw');
    expect(step(flow, 'StartEvent_10').type).toBe('startEvent');
    expect(step(flow, 'EndEvent_10').type).toBe('endEvent');
    expect(report.entries.filter((e) => e.placeholder)).toEqual([]);
    expect(validateFlow(flow).filter((p) => p.severity === 'error')).toEqual([]);
    const trace = await runFlow(flow, input, { runScript });
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe('from the local process');
    // Written back as they came: activityType and no event definition.
    const xml = writeIflw(flow);
    const lipStart = xml.slice(xml.indexOf('<bpmn2:startEvent id="StartEvent_10"'));
    expect(lipStart.slice(0, lipStart.indexOf('</bpmn2:startEvent>'))).toContain(
      '<value>StartEvent</value>',
    );
    expect(lipStart.slice(0, lipStart.indexOf('</bpmn2:startEvent>'))).not.toContain(
      'EventDefinition',
    );
  });

  it('reads a Terminate End (activityType TerminateEvent) as an End', () => {
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
    const { flow } = importIflw(buildIflw(fx), 'terminate.iflw');
    expect(step(flow, 'EndEvent_2').type).toBe('endEvent');
    expect(writeIflw(flow)).toContain('<bpmn2:terminateEventDefinition/>');
  });

  it('keeps a receiver channel CPI draws from the Receiver to its step', () => {
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
    const { flow } = importIflw(buildIflw(fx), 'reversed.iflw');
    const mf = flow.messageFlows.find((m) => m.id === 'MessageFlow_2')!;
    // The model runs step → Receiver (as every receiver channel), so the rules hold.
    expect(mf).toMatchObject({ source: 'ServiceTask_Call', target: 'Participant_2' });
    expect(mf.adapter.config).toMatchObject({ componentType: 'SuccessFactors' });
    const xml = writeIflw(flow);
    expect(xml).toContain(
      'id="MessageFlow_2" name="SuccessFactors" sourceRef="Participant_2" targetRef="ServiceTask_Call"',
    );
    expect(xml).toContain(
      'bpmnElement="MessageFlow_2" id="BPMNEdge_MessageFlow_2" sourceElement="BPMNShape_Participant_2" targetElement="BPMNShape_ServiceTask_Call"',
    );
    expect(exportFlow(roundTrip(flow))).toBe(exportFlow(flow));
  });

  it('exports the CORS flag and empty or parameterised credential properties, never a secret', () => {
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
    const xml = writeIflw(importIflw(buildIflw(fx), 'cors.iflw').flow);
    expect(xml).toContain('<key>accessControlAllowCredentials</key>');
    expect(xml).toContain('<key>oauthAccessToken</key>');
    expect(xml).toContain('<value>{{Mail Credentials}}</value>');
    expect(xml).not.toContain('cm1sp@ssword');
  });

  it('names the files that make an archive too large for the studio', () => {
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
    expect(() => importCpiArchive(zip, 'Big.zip')).toThrow(
      /Big\.zip.*is too large for the studio: the flow with its files takes 21\.\d MB and a flow may take at most 20\.0 MB; its largest files: edmx\/service\.edmx \(16\.0 MB\)/,
    );
  });
});
