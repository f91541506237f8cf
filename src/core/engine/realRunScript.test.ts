import { describe, expect, it } from 'vitest';
import { runScript } from '../script';
import { runFlow } from './runFlow';
import { fixedOptions, flowFixture, lineFlow, summarize } from './testing/flowFixture';

// Golden runs through the real QuickJS sandbox, not the test fake.
const options = { runScript, ...fixedOptions };

describe('engine with the real script sandbox', () => {
  it('Hello World flow (golden)', async () => {
    const flow = lineFlow(
      [{ id: 'Script_1', type: 'script', config: { scriptFile: 'script1.js', functionName: '' } }],
      {
        scripts: {
          'script1.js': `function processData(message) {
  var body = message.getBody();
  message.setBody("Hello world from IFlow");
  return message;
}`,
        },
      },
    );
    expect(
      summarize(await runFlow(flow, { body: '', headers: {}, properties: {} }, options)),
    ).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'Script_1 -> SequenceFlow_2', 'End'],
      body: 'Hello world from IFlow',
    });
  });

  it('a script sees Content Modifier output and the Router routes on what the script set', async () => {
    const flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        {
          id: 'CM',
          type: 'contentModifier',
          config: {
            headers: [
              {
                action: 'Create',
                name: 'n',
                sourceType: 'Constant',
                sourceValue: '5',
                dataType: 'java.lang.Integer',
                default: '',
              },
            ],
            properties: [],
            bodyType: 'Constant',
            bodyValue: '',
          },
        },
        { id: 'S', type: 'script', config: { scriptFile: 's.js', functionName: '' } },
        {
          id: 'R',
          type: 'router',
          config: { noMatch: 'default', routeOrder: [], namespaceMapping: '' },
        },
        { id: 'Big', type: 'endEvent' },
        { id: 'Small', type: 'endEvent' },
      ],
      links: [
        { source: 'Start', target: 'CM' },
        { source: 'CM', target: 'S' },
        { source: 'S', target: 'R' },
        {
          id: 'toBig',
          source: 'R',
          target: 'Big',
          config: {
            expressionType: 'NonXML',
            condition: '${property.double} > 8',
            isDefault: false,
          },
        },
        {
          id: 'toSmall',
          source: 'R',
          target: 'Small',
          config: { expressionType: 'NonXML', condition: '', isDefault: true },
        },
      ],
      scripts: {
        's.js': `function processData(message) {
  var n = message.getHeaders().get("n");
  message.setProperty("double", n * 2);
  return message;
}`,
      },
    });
    const trace = await runFlow(flow, { body: '', headers: {}, properties: {} }, options);
    expect(summarize(trace).steps).toEqual([
      'Start -> SequenceFlow_1',
      'CM -> SequenceFlow_2',
      'S -> SequenceFlow_3',
      'R -> toBig',
      'Big',
    ]);
    expect(trace.output.properties.double).toBe(10);
  });

  it('a script error carries its line into the trace', async () => {
    const flow = lineFlow(
      [{ id: 'S', type: 'script', config: { scriptFile: 's.js', functionName: '' } }],
      {
        scripts: {
          's.js': 'function processData(message) {\n  var x = 1;\n  throw new Error("boom");\n}',
        },
      },
    );
    const trace = await runFlow(flow, { body: '', headers: {}, properties: {} }, options);
    expect(trace.status).toBe('failed');
    expect(trace.error).toMatchObject({
      stepId: 'S',
      message: expect.stringContaining('boom'),
      line: 3,
    });
  });

  it('CamelExceptionCaught.getMessage() in an Exception Subprocess script', async () => {
    const flow = flowFixture({
      steps: [
        { id: 'Start', type: 'startEvent' },
        { id: 'Fail', type: 'script', config: { scriptFile: 'fail.js', functionName: '' } },
        { id: 'End', type: 'endEvent' },
        { id: 'Sub', type: 'exceptionSubprocess' },
        { id: 'ES', type: 'errorStart', parentId: 'Sub' },
        {
          id: 'H',
          type: 'script',
          parentId: 'Sub',
          config: { scriptFile: 'h.js', functionName: '' },
        },
        { id: 'SE', type: 'endEvent', parentId: 'Sub' },
      ],
      links: [
        { source: 'Start', target: 'Fail' },
        { source: 'Fail', target: 'End' },
        { source: 'ES', target: 'H' },
        { source: 'H', target: 'SE' },
      ],
      scripts: {
        'fail.js': 'function processData(message) { throw new Error("order rejected"); }',
        'h.js': `function processData(message) {
  var ex = message.getProperties().get("CamelExceptionCaught");
  message.setBody("Handled: " + ex.getMessage());
  return message;
}`,
      },
    });
    const trace = await runFlow(flow, { body: '', headers: {}, properties: {} }, options);
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toMatch(/^Handled: .*order rejected/);
  });

  it('CamelExceptionCaught reaches a subprocess script as data (message, type)', async () => {
    const flow = lineFlow(
      [{ id: 'Fail', type: 'script', config: { scriptFile: 'fail.js', functionName: '' } }],
      {
        scripts: {
          'fail.js': 'function processData(message) { throw new Error("order rejected"); }',
        },
      },
    );
    flow.process.steps.push(
      { id: 'Sub', type: 'exceptionSubprocess', name: 'Sub', position: { x: 0, y: 0 }, config: {} },
      {
        id: 'ES',
        type: 'errorStart',
        name: 'ES',
        position: { x: 0, y: 0 },
        config: {},
        parentId: 'Sub',
      },
      {
        id: 'H',
        type: 'script',
        name: 'H',
        position: { x: 0, y: 0 },
        config: { scriptFile: 'h.js', functionName: '' },
        parentId: 'Sub',
      },
      {
        id: 'SE',
        type: 'errorEnd',
        name: 'SE',
        position: { x: 0, y: 0 },
        config: {},
        parentId: 'Sub',
      },
    );
    flow.process.sequenceFlows.push(
      { id: 'l1', source: 'ES', target: 'H' },
      { id: 'l2', source: 'H', target: 'SE' },
    );
    flow.resources.scripts.push({
      name: 'h.js',
      language: 'javascript',
      content:
        'function processData(m) { var ex = m.getProperty("CamelExceptionCaught"); m.setBody(ex.message); return m; }',
    });
    const trace = await runFlow(flow, { body: '', headers: {}, properties: {} }, options);
    expect(trace.status).toBe('failed');
    expect(trace.error).toMatchObject({ stepId: 'Fail', handled: false });
    expect(String(trace.output.body)).toContain('order rejected');
  });
});
