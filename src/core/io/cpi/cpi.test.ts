import { describe, expect, it } from 'vitest';
import { exportCpiArchive, exportCpiPackage, importCpiArchive, importIflw, writeIflw } from '.';
import { exportFlow } from '../exportFlow';
import type { Flow } from '../../model/flow';
import { runFlow } from '../../engine/runFlow';
import { runScript } from '../../script';
import { validateFlow } from '../../validation';
import { fixtures } from './fixtures/flows';
import { packageZip } from './fixtures/archives';
import { helloWorldIflw } from './fixtures/iflwBuilder';
import type { Package } from '../../workspace/package';

const byName = async (name: string) => {
  const f = fixtures().find((x) => x.name === name);
  if (!f) throw new Error(name);
  return await importCpiArchive(f.zip, `${name}.zip`);
};
const step = (flow: Flow, id: string) => flow.process.steps.find((s) => s.id === id)!;
const input = { body: '', headers: {}, properties: {} };

describe('CPI archives: every fixture imports and round-trips', () => {
  it.each(fixtures().map((f) => [f.name, f] as const))('%s', async (_name, fx) => {
    const first = await importCpiArchive(fx.zip, `${fx.name}.zip`);
    expect(first.flows).toHaveLength(1);
    const again = await importCpiArchive(await exportCpiArchive(first.flows[0]!), 'again.zip');
    // Same steps, links, configs, extensions and positions (exactly: positions survive as they are).
    expect(exportFlow(again.flows[0]!)).toBe(exportFlow(first.flows[0]!));
  });
});

describe('mapping', () => {
  it('Hello World: HTTPS sender, JavaScript script at CPI positions, simulated', async () => {
    const { flows, reports } = await byName('Hello World');
    const flow = flows[0]!;
    expect(flow.id).toBe('Hello_World');
    expect(flow.name).toBe('Hello World');
    expect(flow.messageFlows[0]!.adapter).toMatchObject({
      type: 'HTTPS',
      config: {
        address: '/v1/test/hello',
        authorization: 'UserRole',
        userRole: 'ESBMessaging.send',
        csrfProtected: false,
        maxBodySizeMb: 40,
      },
    });
    // CPI's Script box (100×60 at 440,128) and ours (120×64) share their centre.
    expect(step(flow, 'CallActivity_1')).toMatchObject({
      type: 'script',
      position: { x: 440 + 50 - 60 - 250, y: 128 + 30 - 32 - 60 },
      config: { scriptFile: 'script1.js', functionName: '' },
    });
    expect(flow.resources.scripts[0]).toMatchObject({
      name: 'script1.js',
      language: 'javascript',
      path: 'script/script1.js',
    });
    expect(validateFlow(flow).filter((p) => p.severity === 'error')).toEqual([]);
    const trace = await runFlow(flow, input, { runScript });
    expect(trace.output.body).toBe('Hello world from IFlow');
    expect(reports[0]!.counts).toMatchObject({
      steps: 3,
      sequenceFlows: 2,
      messageFlows: 1,
      scripts: 1,
    });
  });

  it('Groovy scripts keep their language and path and run with their script function', async () => {
    const flow = (await byName('Groovy Log')).flows[0]!;
    expect(flow.resources.scripts[0]).toMatchObject({
      name: 'Log.groovy',
      language: 'groovy',
      path: 'script/Log.groovy',
    });
    expect(step(flow, 'CallActivity_1').config).toEqual({
      scriptFile: 'Log.groovy',
      functionName: 'logIt',
    });
    const trace = await runFlow(flow, input, { runScript });
    expect(trace.error).toBeUndefined();
    expect(trace.output.body).toEqual(input.body);
    expect(await writeIflw(flow)).toContain('<value>GroovyScript</value>');
  });

  it('Content Modifier tables, body type and rows it cannot map', async () => {
    const { flows, reports } = await byName('Content Modifier');
    expect(step(flows[0]!, 'CallActivity_2').config).toEqual({
      headers: [
        {
          action: 'Create',
          name: 'Content-Type',
          sourceType: 'Constant',
          sourceValue: 'application/xml',
          dataType: '',
          default: '',
        },
        {
          action: 'Create',
          name: 'OrderId',
          sourceType: 'XPath',
          sourceValue: '/order/id',
          dataType: 'java.lang.String',
          default: '',
        },
      ],
      properties: [
        {
          action: 'Create',
          name: 'sender',
          sourceType: 'Header',
          sourceValue: 'SAP_Sender',
          dataType: 'java.lang.String',
          default: 'none',
        },
      ],
      bodyType: 'Expression',
      bodyValue: '<order id="${property.id}"/>',
    });
    expect(reports[0]!.entries.find((e) => e.elementId === 'CallActivity_2')?.notes).toEqual([
      'headerTable: row "LastRun" of type "global" cannot be mapped; kept for export',
    ]);
    // The XPath row and the row kept for export go back out.
    expect(await writeIflw(flows[0]!)).toContain(
      "&lt;cell id='Type'&gt;xpath&lt;/cell&gt;&lt;cell id='Value'&gt;/order/id&lt;/cell&gt;",
    );
    expect(await writeIflw(flows[0]!)).toContain("&lt;cell id='Type'&gt;global&lt;/cell&gt;");
  });

  it('the Namespace Mapping comes in one prefix per line, serves the XPath sources and goes back as it came', async () => {
    const original = (await writeIflw((await byName('Content Modifier')).flows[0]!)).replace(
      /(<key>namespaceMapping<\/key>\s*)<value\/>/,
      '$1<value>xmlns:o=urn:orders;xmlns:p=urn:p</value>',
    );
    expect(original).toContain('xmlns:o=urn:orders;xmlns:p=urn:p');
    const { flow } = await importIflw(original, 'ns.iflw');
    expect(flow.settings.namespaceMapping).toBe('xmlns:o=urn:orders\nxmlns:p=urn:p');
    const value = (xml: string) => /namespaceMapping<\/key>\s*<value>([^<]*)</.exec(xml)?.[1];
    expect(value(await writeIflw(flow))).toBe('xmlns:o=urn:orders;xmlns:p=urn:p');
    // Drawn in the studio as "prefix=uri" lines, written as CPI writes them.
    flow.settings.namespaceMapping = 'o = urn:orders\n\nxmlns:p=urn:p';
    expect(value(await writeIflw(flow))).toBe('xmlns:o=urn:orders;xmlns:p=urn:p');
    // The XPath row of the Content Modifier now runs: /order/id of the body.
    const trace = await runFlow(
      flow,
      { body: '<order><id>7</id></order>', headers: {}, properties: { id: '7' } },
      { runScript },
    );
    expect(trace.output.headers).toMatchObject({ OrderId: '7' });
  });

  it('a Content Modifier table that is not well-formed XML is kept as it came, with a note', async () => {
    const good = await writeIflw((await byName('Content Modifier')).flows[0]!);
    // An unclosed element in the header table's escaped rows.
    const broken = good.replace('&lt;row&gt;', '&lt;row&gt;&lt;oops&gt;');
    expect(broken).not.toBe(good);
    const { flow, report } = await importIflw(broken, 'broken.iflw');
    expect(step(flow, 'CallActivity_2').config).toMatchObject({ headers: [] });
    expect(report.entries.find((e) => e.elementId === 'CallActivity_2')?.notes).toEqual([
      'headerTable is not well-formed XML; kept unchanged for export',
    ]);
    // The property goes back out exactly as it came.
    const table = (xml: string) => /headerTable<\/key>\s*<value>([^<]*)</.exec(xml)?.[1];
    expect(table(broken)).toContain('&lt;oops&gt;');
    expect(table(await writeIflw(flow))).toBe(table(broken));
  });

  it.each(['Router', 'Router Old Export'])(
    '%s: conditions, expression types and the default route',
    async (name) => {
      const flow = (await byName(name)).flows[0]!;
      expect(step(flow, 'ExclusiveGateway_1').type).toBe('router');
      const route = (id: string) => flow.process.sequenceFlows.find((l) => l.id === id)!;
      expect(route('SequenceFlow_EU').config).toEqual({
        expressionType: 'NonXML',
        condition: "${header.region} = 'EU'",
        isDefault: false,
      });
      expect(route('SequenceFlow_US').config).toEqual({
        expressionType: 'XML',
        condition: "/order/country = 'US'",
        isDefault: false,
      });
      expect(route('SequenceFlow_Other').config).toMatchObject({ isDefault: true });
      const eu = await runFlow(flow, { ...input, headers: { region: 'EU' } }, { runScript });
      expect(eu.route).toContain('SequenceFlow_EU');
      const other = await runFlow(
        flow,
        { ...input, body: '<order><country>FR</country></order>' },
        { runScript },
      );
      expect(other.route).toContain('SequenceFlow_Other');
    },
  );

  it('Request Reply with the HTTP receiver', async () => {
    const flow = (await byName('Request Reply')).flows[0]!;
    expect(step(flow, 'ServiceTask_1').type).toBe('requestReply');
    expect(flow.messageFlows[1]!.adapter).toMatchObject({
      type: 'HTTP',
      config: {
        address: 'https://api.example.com/orders',
        method: 'GET',
        timeoutMs: 30000,
        authentication: 'Basic',
        credentialName: 'Orders API',
      },
    });
    expect(flow.messageFlows[1]!.adapter.extensions).toEqual({
      cpi: { properties: expect.objectContaining({ proxyType: 'default' }) },
    });
  });

  it('JSON ↔ XML converters', async () => {
    const flow = (await byName('Converters')).flows[0]!;
    expect(step(flow, 'CallActivity_3')).toMatchObject({
      type: 'jsonToXml',
      config: { addRootElement: true, rootElementName: 'root' },
    });
    expect(step(flow, 'CallActivity_4')).toMatchObject({
      type: 'xmlToJson',
      config: { arrayMode: 'specific', arrayElements: '/root/item' },
    });
  });

  it('Exception Subprocess with Error Start inside and an Error End', async () => {
    const flow = (await byName('Exception Subprocess')).flows[0]!;
    expect(step(flow, 'SubProcess_1')).toMatchObject({
      type: 'exceptionSubprocess',
      size: { width: 400, height: 140 },
    });
    expect(step(flow, 'StartEvent_Err')).toMatchObject({
      type: 'errorStart',
      parentId: 'SubProcess_1',
      position: { x: 30 + 16 - 24, y: 50 + 16 - 24 },
    });
    expect(step(flow, 'ErrorEnd_1').type).toBe('errorEnd');
  });

  it('Local Integration Process and Process Call: simulated through the call', async () => {
    const { flows, reports } = await byName('Local Process');
    const flow = flows[0]!;
    expect(step(flow, 'Process_10')).toMatchObject({
      type: 'localProcess',
      name: 'Enrich Order',
      position: { x: 0, y: 300 },
      size: { width: 620, height: 180 },
    });
    expect(step(flow, 'CallActivity_Call')).toMatchObject({
      type: 'processCall',
      config: { processId: 'Process_10' },
    });
    expect(step(flow, 'StartEvent_10')).toMatchObject({
      type: 'startEvent',
      parentId: 'Process_10',
    });
    // A pool of its own, as CPI draws it: the Integration Process keeps its own size.
    expect(flow.process.size).toEqual({ width: 620, height: 260 });
    expect(reports[0]!.counts.localProcesses).toBe(1);
    const trace = await runFlow(flow, { ...input, body: 'order' }, { runScript });
    expect(trace.status).toBe('completed');
    expect(trace.output.body).toBe('order via local');
    const xml = await writeIflw(flow);
    expect(xml).toContain('<bpmn2:process id="Process_10" name="Enrich Order">');
    expect(xml).toContain('cname::LocalIntegrationProcess');
  });

  it('placeholders keep their CPI shape name and every property; generic adapters too', async () => {
    const { flows, reports } = await byName('Placeholders');
    const flow = flows[0]!;
    expect(step(flow, 'Split')).toMatchObject({
      type: 'placeholder',
      config: {
        shapeName: 'Splitter',
        element: 'callActivity',
        properties: expect.objectContaining({ splitExprValue: '/orders/order' }),
      },
    });
    expect(step(flow, 'Map').config.shapeName).toBe('Message Mapping');
    expect(step(flow, 'Store').config.shapeName).toBe('Data Store Write');
    // A Gather is a step of its own now (src/core/steps/gather); this Splitter, without CPI's
    // splitType, stays a placeholder.
    expect(step(flow, 'Gather').type).toBe('gather');
    // A Timer Start is a step of its own now (see realContent.test.ts), not a placeholder.
    expect(step(flow, 'StartEvent_2').type).toBe('timerStart');
    expect(flow.messageFlows[0]!.adapter).toMatchObject({
      type: 'cpiReceiver',
      config: { componentType: 'SFTP' },
    });
    const placeholders = reports[0]!.entries.filter((e) => e.placeholder).map((e) => e.kind);
    expect(placeholders).toEqual(['Splitter', 'Message Mapping', 'Data Store Write']);
    const trace = await runFlow(flow, input, { runScript, startStepId: 'Split' });
    expect(trace.error?.message).toBe("Step 'Split Orders' (Splitter) cannot be simulated yet");
    const xml = await writeIflw(flow);
    expect(xml).toContain('<bpmn2:timerEventDefinition/>');
    expect(xml).toContain('<value>sftp.example.com</value>');
  });

  it('externalised parameters with spaces in their names', async () => {
    const flow = (await byName('Parameters')).flows[0]!;
    expect(flow.parameters).toEqual({
      'Receiver Address': {
        value: 'https://backend.example.com/api',
        type: 'xsd:string',
        required: true,
      },
      'Sender Path': { value: '/v1/orders', type: 'xsd:string' },
    });
    expect(flow.messageFlows[1]!.adapter.config.address).toBe('{{Receiver Address}}');
  });

  it('lays out a flow without a diagram', async () => {
    const flow = (await byName('No Diagram')).flows[0]!;
    const xs = flow.process.steps.map((s) => s.position.x);
    expect(new Set(xs).size).toBe(3);
  });

  it('keeps other resources for export, unchanged', async () => {
    const flow = (await byName('Resources')).flows[0]!;
    expect(flow.resources.files?.map((f) => f.path).sort()).toEqual([
      'src/main/resources/json/order.json',
      'src/main/resources/mapping/Order.mmap',
      'src/main/resources/xsd/Order.xsd',
    ]);
  });

  it('importIflw reads a bare .iflw', async () => {
    const r = await importIflw(helloWorldIflw(), 'Hello World.iflw');
    expect(r.flow.name).toBe('Hello World');
    expect(r.flow.process.steps).toHaveLength(3);
    expect(r.report.entries.find((e) => e.elementId === 'CallActivity_1')?.notes).toEqual([
      'script "script1.js" is not in the archive',
    ]);
  });

  it('no secrets leave in an export', async () => {
    const flow = (await byName('Hello World')).flows[0]!;
    flow.messageFlows[0]!.adapter.extensions = {
      cpi: { properties: { password: 'hunter2', credentialName: 'ok' } },
    };
    const xml = await writeIflw(flow);
    expect(xml).not.toContain('hunter2');
    expect(xml).toContain('<value>ok</value>');
  });
});

describe('package exports', () => {
  const three = () =>
    packageZip(
      {
        name: 'Order Management',
        technicalName: 'OrderManagement',
        shortText: 'Orders end to end',
        description: 'All the order flows.',
      },
      ['Hello World', 'Router', 'Local Process'].map((name, i) => ({
        id: `f00${i}`,
        name,
        zip: fixtures().find((f) => f.name === name)!.zip,
      })),
    );

  it('creates the package with its three flows', async () => {
    const r = await importCpiArchive(three(), 'OrderManagement.zip');
    expect(r.package).toMatchObject({
      name: 'Order Management',
      technicalName: 'OrderManagement',
      shortDescription: 'Orders end to end',
      description: 'All the order flows.',
    });
    expect(r.flows.map((f) => f.name)).toEqual(['Hello World', 'Router', 'Local Process']);
    expect(r.reports).toHaveLength(3);
  });

  it('exports a package and reads it back the same', async () => {
    const r = await importCpiArchive(three(), 'OrderManagement.zip');
    const pkg: Package = { id: 'p1', ...r.package!, createdAt: '', modifiedAt: '' };
    const back = await importCpiArchive(await exportCpiPackage(pkg, r.flows), 'again.zip');
    expect(back.package).toMatchObject(r.package!);
    expect(back.flows.map(exportFlow)).toEqual(r.flows.map(exportFlow));
  });
});
