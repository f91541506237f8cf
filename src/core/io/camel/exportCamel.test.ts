import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../model/flow';
import { helloWorldBase } from '../fixtures/helloWorld';
import { camelRoute, CamelExportError, exportCamelK, exportCamelYaml } from './exportCamel';
import { expectValidCamel, validateCamel as validate } from './testing/camelSchema';

function withMiddle(build: (flow: Flow) => void): Flow {
  const flow = helloWorldBase();
  build(flow);
  return flow;
}

const row = (name: string, sourceType: string, sourceValue: string, action = 'Create') => ({
  action,
  name,
  sourceType,
  sourceValue,
  dataType: '',
  default: '',
});

function contentModifierFlow(): Flow {
  return withMiddle((flow) => {
    const step = flow.process.steps.find((s) => s.id === 'Script_1')!;
    step.type = 'contentModifier';
    step.name = 'Set values';
    step.config = {
      headers: [
        row('greeting', 'Constant', 'hello'),
        row('copy', 'Header', 'greeting'),
        row('Secret*', '', '', 'Delete'),
      ],
      properties: [row('who', 'Expression', '${header.greeting} ${property.name}')],
      bodyType: 'Expression',
      bodyValue: 'Hi ${property.who}',
    };
  });
}

function routerFlow(): Flow {
  return withMiddle((flow) => {
    const step = flow.process.steps.find((s) => s.id === 'Script_1')!;
    step.type = 'router';
    step.name = 'Route';
    step.config = { noMatch: 'default', routeOrder: [], namespaceMapping: '' };
    flow.process.steps.push(
      { id: 'Xml', type: 'xmlToJson', name: 'To JSON', position: { x: 400, y: 0 }, config: {} },
      { id: 'Fail', type: 'errorEnd', name: 'Fail', position: { x: 400, y: 200 }, config: {} },
    );
    const links = flow.process.sequenceFlows;
    links[1]!.config = {
      expressionType: 'NonXML',
      condition: "${header.kind} = 'a' and ${property.n} > 2",
      isDefault: false,
    };
    links.push(
      {
        id: 'toXml',
        source: 'Script_1',
        target: 'Xml',
        config: { expressionType: 'XML', condition: '/order/id', isDefault: false },
      },
      { id: 'xmlEnd', source: 'Xml', target: 'EndEvent_1' },
      {
        id: 'toFail',
        source: 'Script_1',
        target: 'Fail',
        config: { expressionType: 'NonXML', condition: '', isDefault: true },
      },
    );
  });
}

describe('Camel export (YAML DSL, checked against Camel 4 schema)', () => {
  it('Hello World: platform-http from the HTTPS address, the script behind the message adapter', async () => {
    const doc = expectValidCamel(await exportCamelYaml(helloWorldBase())) as [
      { route: { from: { uri: string; steps: { script: { js: { expression: string } } }[] } } },
    ];
    const from = doc[0].route.from;
    expect(from.uri).toBe('platform-http:/v1/test/hello');
    const js = from.steps[0]!.script.js.expression;
    expect(js).toContain('message.setBody("Hello world from IFlow")');
    expect(js).toContain('processData(ifsMessage);');
  });

  it('Content Modifier: setHeader / removeHeaders / setProperty / setBody in Camel simple', async () => {
    const doc = expectValidCamel(await exportCamelYaml(contentModifierFlow())) as [
      { route: { from: { steps: unknown[] } } },
    ];
    expect(doc[0].route.from.steps).toEqual([
      { setHeader: { name: 'greeting', constant: { expression: 'hello' } } },
      { setHeader: { name: 'copy', header: { expression: 'greeting' } } },
      { removeHeaders: { pattern: 'Secret*' } },
      {
        setProperty: {
          name: 'who',
          simple: { expression: '${header.greeting} ${exchangeProperty.name}' },
        },
      },
      { setBody: { simple: { expression: 'Hi ${exchangeProperty.who}' } } },
    ]);
  });

  it("Content Modifier: an XPath source is an xpath expression with the flow's namespaces", async () => {
    const flow = withMiddle((f) => {
      const step = f.process.steps.find((s) => s.id === 'Script_1')!;
      step.type = 'contentModifier';
      step.config = {
        headers: [row('id', 'XPath', '/ns0:order/ns0:id')],
        properties: [],
        bodyType: 'Constant',
        bodyValue: '',
      };
      f.settings.namespaceMapping = 'xmlns:ns0=urn:orders\nx=urn:x';
    });
    const doc = expectValidCamel(await exportCamelYaml(flow)) as [
      { route: { from: { steps: unknown[] } } },
    ];
    expect(doc[0].route.from.steps).toEqual([
      {
        setHeader: {
          name: 'id',
          xpath: {
            expression: '/ns0:order/ns0:id',
            resultType: 'java.lang.String',
            namespace: [
              { key: 'ns0', value: 'urn:orders' },
              { key: 'x', value: 'urn:x' },
            ],
          },
        },
      },
    ]);
  });

  it('Router: choice with simple and xpath whens, the default route as otherwise, Error End throws', async () => {
    const doc = expectValidCamel(await exportCamelYaml(routerFlow())) as [
      { route: { from: { steps: [{ choice: { when: unknown[]; otherwise: unknown } }] } } },
    ];
    const choice = doc[0].route.from.steps[0].choice;
    expect(choice.when).toEqual([
      { simple: { expression: "${header.kind} == 'a' && ${exchangeProperty.n} > 2" }, steps: [] },
      {
        xpath: { expression: '/order/id' },
        steps: [{ unmarshal: { jacksonXml: {} } }, { marshal: { json: {} } }],
      },
    ]);
    expect(choice.otherwise).toMatchObject({
      steps: [
        { setProperty: { name: 'IfsErrorEnd' } },
        { throwException: { exceptionType: 'java.lang.IllegalStateException' } },
      ],
    });
  });

  it("Router: an xpath when carries the flow's namespaces with the Router's own over them", async () => {
    const flow = routerFlow();
    flow.settings.namespaceMapping = 'o=urn:orders\np=urn:flow';
    flow.process.steps.find((s) => s.type === 'router')!.config.namespaceMapping = 'p=urn:router';
    const doc = expectValidCamel(await exportCamelYaml(flow)) as [
      { route: { from: { steps: [{ choice: { when: { xpath?: unknown }[] } }] } } },
    ];
    expect(doc[0].route.from.steps[0].choice.when[1]!.xpath).toEqual({
      expression: '/order/id',
      namespace: [
        { key: 'o', value: 'urn:orders' },
        { key: 'p', value: 'urn:router' },
      ],
    });
  });

  it('camel-k: the same route inside an Integration resource', async () => {
    const doc = parse(await exportCamelK(helloWorldBase())) as {
      apiVersion: string;
      kind: string;
      metadata: { name: string };
      spec: { flows: unknown[] };
    };
    expect(doc).toMatchObject({
      apiVersion: 'camel.apache.org/v1',
      kind: 'Integration',
      metadata: { name: 'hello_world'.replace('_', '-') },
    });
    expect(validate(doc.spec.flows)).toBe(true);
    expect(doc.spec.flows).toEqual([await camelRoute(helloWorldBase())]);
  });

  it('refuses what has no Camel equivalent, naming the step', async () => {
    const missing = helloWorldBase();
    missing.resources.scripts = [];
    await expect(exportCamelYaml(missing)).rejects.toThrow(
      /step "Script 1" \(script\): script file "script1.js" is missing/,
    );
    const cyclic = routerFlow();
    cyclic.process.sequenceFlows.find((l) => l.id === 'xmlEnd')!.target = 'Script_1';
    await expect(exportCamelYaml(cyclic)).rejects.toThrow(CamelExportError);
  });
});
