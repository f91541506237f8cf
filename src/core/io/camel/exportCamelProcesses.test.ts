import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Flow, MessageFlow } from '../../model/flow';
import { httpsSenderAdapter } from '../../adapters/https';
import { httpReceiverAdapter, type HttpReceiverConfig } from '../../adapters/httpReceiver';
import { flowFixture, type LinkSpec, type StepSpec } from '../../engine/testing/flowFixture';
import { validateFlow } from '../../validation';
import { exportCamelK, exportCamelYaml } from './exportCamel';
import { expectValidCamel, validateCamel } from './testing/camelSchema';

type Route = { route: { id: string; from: { uri: string; steps: Record<string, unknown>[] } } };

const sender: MessageFlow = {
  id: 'MessageFlow_1',
  source: 'Participant_1',
  target: 'Start',
  adapter: {
    type: 'HTTPS',
    config: { ...httpsSenderAdapter.defaultConfig(), address: '/v1/orders' },
  },
};

function receiverCall(source: string, config: Partial<HttpReceiverConfig> = {}): MessageFlow {
  return {
    id: `Call_${source}`,
    source,
    target: 'Participant_2',
    adapter: {
      type: 'HTTP',
      config: {
        ...httpReceiverAdapter.defaultConfig(),
        address: 'https://api.example.com/orders',
        ...config,
      },
    },
  };
}

const HANDLER = `function processData(message) {
  var ex = message.getProperties().get("CamelExceptionCaught");
  message.setBody("Handled: " + ex.getMessage());
  return message;
}`;

/** Start → Call (Request Reply) → End, and an Exception Subprocess: Error Start → Handle → end. */
function exceptionFlow(subprocessEnd: 'endEvent' | 'errorEnd' = 'endEvent'): Flow {
  const steps: StepSpec[] = [
    { id: 'Start', type: 'startEvent' },
    { id: 'Call', type: 'requestReply', name: 'Get order' },
    { id: 'End', type: 'endEvent' },
    { id: 'Sub', type: 'exceptionSubprocess', name: 'Handle errors' },
    { id: 'ErrStart', type: 'errorStart', parentId: 'Sub' },
    {
      id: 'Handle',
      type: 'script',
      parentId: 'Sub',
      config: { scriptFile: 'handler.js', functionName: '' },
    },
    { id: 'SubEnd', type: subprocessEnd, name: 'Sub end', parentId: 'Sub' },
  ];
  const links: LinkSpec[] = [
    { source: 'Start', target: 'Call' },
    { source: 'Call', target: 'End' },
    { source: 'ErrStart', target: 'Handle' },
    { source: 'Handle', target: 'SubEnd' },
  ];
  return flowFixture({
    steps,
    links,
    messageFlows: [sender, receiverCall('Call')],
    scripts: { 'handler.js': HANDLER },
  });
}

/** Start → Call → End, and a Local Integration Process Start → Enrich → End with its own handler. */
function processCallFlow(): Flow {
  return flowFixture({
    steps: [
      { id: 'Start', type: 'startEvent' },
      { id: 'Call', type: 'processCall', name: 'Enrich it', config: { processId: 'Local_1' } },
      { id: 'End', type: 'endEvent' },
      { id: 'Local_1', type: 'localProcess', name: 'Enrich' },
      { id: 'L_Start', type: 'startEvent', parentId: 'Local_1' },
      {
        id: 'L_Set',
        type: 'contentModifier',
        parentId: 'Local_1',
        config: {
          headers: [],
          properties: [],
          bodyType: 'Expression',
          bodyValue: '${in.body} enriched',
        },
      },
      { id: 'L_End', type: 'endEvent', parentId: 'Local_1' },
    ],
    links: [
      { source: 'Start', target: 'Call' },
      { source: 'Call', target: 'End' },
      { source: 'L_Start', target: 'L_Set' },
      { source: 'L_Set', target: 'L_End' },
    ],
    messageFlows: [sender],
  });
}

const routes = async (flow: Flow) => expectValidCamel(await exportCamelYaml(flow)) as Route[];

describe('Camel export of processes, calls and error handling (checked against Camel 4 schema)', () => {
  it('the fixtures are valid flows in the designer', () => {
    for (const flow of [exceptionFlow(), exceptionFlow('errorEnd'), processCallFlow()])
      expect(validateFlow(flow).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('Exception Subprocess: doTry around the process, doCatch runs the subprocess', async () => {
    const [main, ...rest] = await routes(exceptionFlow());
    expect(rest).toEqual([]);
    expect(main!.route.from.uri).toBe('platform-http:/v1/orders');
    const [doTry] = main!.route.from.steps as [{ doTry: Record<string, unknown> }];
    expect(doTry.doTry).toMatchObject({
      id: 'Sub',
      description: 'Handle errors',
      steps: [
        { removeHeaders: { pattern: 'CamelHttp*' } },
        {
          to: {
            uri: 'https://api.example.com/orders',
            parameters: { httpMethod: 'POST', responseTimeout: 60000 },
          },
        },
      ],
    });
    const [doCatch] = doTry.doTry.doCatch as [Record<string, unknown>];
    expect(doCatch.exception).toEqual(['java.lang.Exception']);
    expect(doCatch.onWhen).toEqual({
      simple: { expression: '${exchangeProperty.IfsErrorEnd} == null' },
    });
    const handler = (doCatch.steps as [{ script: { js: { expression: string } } }])[0];
    expect(handler.script.js.expression).toContain('getProperties().get("CamelExceptionCaught")');
  });

  it('an Error End inside the subprocess rethrows from the doCatch', async () => {
    const [main] = await routes(exceptionFlow('errorEnd'));
    const doTry = (main!.route.from.steps[0] as { doTry: { doCatch: { steps: unknown[] }[] } })
      .doTry;
    expect(doTry.doCatch[0]!.steps.slice(1)).toEqual([
      { setProperty: { name: 'IfsErrorEnd', constant: { expression: 'Sub end' } } },
      {
        throwException: {
          exceptionType: 'java.lang.IllegalStateException',
          message: 'Sub end: the flow ended with an Error End event',
        },
      },
    ]);
  });

  it('Request Reply: method, timeout and the credential as property placeholders', async () => {
    const flow = exceptionFlow();
    flow.messageFlows[1] = receiverCall('Call', {
      method: 'GET',
      timeoutMs: 5000,
      authentication: 'Basic',
      credentialName: 'orders_api',
    });
    const doTry = (await routes(flow))[0]!.route.from.steps[0] as { doTry: { steps: unknown[] } };
    expect(doTry.doTry.steps[1]).toEqual({
      to: {
        uri: 'https://api.example.com/orders',
        parameters: {
          httpMethod: 'GET',
          responseTimeout: 5000,
          authMethod: 'Basic',
          authUsername: '{{orders_api.username}}',
          authPassword: '{{orders_api.password}}',
        },
      },
    });
    flow.messageFlows[1] = receiverCall('Call', {
      authentication: 'OAuth2ClientCredentials',
      credentialName: 'idp',
    });
    const oauth = (await routes(flow))[0]!.route.from.steps[0] as { doTry: { steps: unknown[] } };
    expect(oauth.doTry.steps[1]).toMatchObject({
      to: { parameters: { oauth2ClientId: '{{idp.clientId}}' } },
    });
  });

  it('Request Reply without a usable receiver is refused, naming the step', async () => {
    const relative = exceptionFlow();
    relative.messageFlows[1] = receiverCall('Call', { address: '/orders' });
    await expect(exportCamelYaml(relative)).rejects.toThrow(
      'Test flow: step "Get order" (requestReply): the HTTP receiver address "/orders" is not an absolute URL',
    );
    const other = exceptionFlow();
    other.messageFlows[1]!.adapter = { type: 'SFTP', config: {} };
    await expect(exportCamelYaml(other)).rejects.toThrow(
      /"Get order".*receiver adapter "SFTP" has no Camel/,
    );
    const none = exceptionFlow();
    none.messageFlows.pop();
    await expect(exportCamelYaml(none)).rejects.toThrow(/"Get order".*not connected to a Receiver/);
  });

  it('Process Call → to direct:, the Local Integration Process as its own route', async () => {
    const [main, local] = await routes(processCallFlow());
    expect(main!.route.from.steps).toEqual([{ to: { uri: 'direct:Local_1' } }]);
    expect(local).toEqual({
      route: {
        id: 'Flow_test-Local_1',
        description: 'Enrich',
        from: {
          uri: 'direct:Local_1',
          steps: [{ setBody: { simple: { expression: '${body} enriched' } } }],
        },
      },
    });
  });

  it('a Local Integration Process with its own Exception Subprocess: doTry inside its route', async () => {
    const flow = processCallFlow();
    flow.process.steps.push(
      {
        id: 'L_Sub',
        type: 'exceptionSubprocess',
        name: 'Local errors',
        position: { x: 0, y: 0 },
        config: {},
        parentId: 'Local_1',
      },
      {
        id: 'L_ErrStart',
        type: 'errorStart',
        name: 'Error Start',
        position: { x: 0, y: 0 },
        config: {},
        parentId: 'L_Sub',
      },
      {
        id: 'L_SubEnd',
        type: 'endEvent',
        name: 'End',
        position: { x: 0, y: 0 },
        config: {},
        parentId: 'L_Sub',
      },
    );
    flow.process.sequenceFlows.push({ id: 'L_sub_link', source: 'L_ErrStart', target: 'L_SubEnd' });
    const [main, local] = await routes(flow);
    expect(main!.route.from.steps).toEqual([{ to: { uri: 'direct:Local_1' } }]);
    expect(local!.route.from.steps).toEqual([
      {
        doTry: {
          id: 'L_Sub',
          description: 'Local errors',
          steps: [{ setBody: { simple: { expression: '${body} enriched' } } }],
          doCatch: [
            {
              exception: ['java.lang.Exception'],
              onWhen: { simple: { expression: '${exchangeProperty.IfsErrorEnd} == null' } },
              steps: [],
            },
          ],
        },
      },
    ]);
  });

  it('camel-k holds every route of the flow', async () => {
    const doc = parse(await exportCamelK(processCallFlow())) as { spec: { flows: Route[] } };
    expect(validateCamel(doc.spec.flows)).toBe(true);
    expect(doc.spec.flows.map((f) => f.route.from.uri)).toEqual([
      'platform-http:/v1/orders',
      'direct:Local_1',
    ]);
  });

  it('a wildcard address matches on the prefix', async () => {
    const flow = processCallFlow();
    flow.messageFlows[0]!.adapter.config.address = '/v1/orders/*';
    expect((await routes(flow))[0]!.route.from.uri).toBe(
      'platform-http:/v1/orders?matchOnUriPrefix=true',
    );
  });

  it('steps the studio does not model are refused by their CPI shape name', async () => {
    const flow = processCallFlow();
    const call = flow.process.steps.find((s) => s.id === 'Call')!;
    call.type = 'placeholder';
    call.name = 'Split items';
    call.config = { shapeName: 'General Splitter', element: 'callActivity', properties: {} };
    await expect(exportCamelYaml(flow)).rejects.toThrow(
      'Test flow: step "Split items" (placeholder): General Splitter steps are not modelled by the studio, so they have no Camel mapping; replace or remove the step',
    );
  });

  it('a flow without a sender adapter is refused', async () => {
    const flow = processCallFlow();
    flow.messageFlows = [];
    await expect(exportCamelYaml(flow)).rejects.toThrow(
      'Test flow: the Start event has no sender adapter; Camel needs a "from" endpoint',
    );
  });
});
