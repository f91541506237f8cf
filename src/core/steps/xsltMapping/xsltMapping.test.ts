import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportCpiArchive, importCpiArchive } from '../../io/cpi';
import { artifactZip } from '../../io/cpi/fixtures/archives';
import {
  buildIflw,
  end,
  httpsSender,
  sender,
  start,
  type Props,
} from '../../io/cpi/fixtures/iflwBuilder';
import { exportCamelYaml } from '../../io/camel/exportCamel';
import { expectValidCamel } from '../../io/camel/testing/camelSchema';
import { runFlow } from '../../engine/runFlow';
import { runScript } from '../../script';
import { validateFlow } from '../../validation';
import type { Flow } from '../../model/flow';
import { textToBase64 } from './resources';

/** As CPI 1.2.0 writes a flow-resource XSLT Mapping (real content, in this property order). */
const V120: Props = {
  mappingoutputformat: 'String',
  mappinguri: 'dir://mapping/xslt/src/main/resources/mapping/remove name space.xsl',
  mappingname: 'remove name space',
  mappingpath: 'src/main/resources/mapping/remove name space',
  mappingSource: 'mappingSrcIflow',
  componentVersion: '1.2',
  activityType: 'Mapping',
  cmdVariantUri: 'ctype::FlowstepVariant/cname::XSLTMapping/version::1.2.0',
  subActivityType: 'XSLTMapping',
  mappingHeaderNameKey: '',
};
/** A stylesheet named by a header (a TPM flow). */
const HEADER: Props = {
  mappingoutputformat: 'Bytes',
  mappingHeaderNameKey: 'ACKNOWLEDGEMENT_MAPPING_XSLT',
  mappingSource: 'mappingSrcHeader',
  componentVersion: '1.2',
  activityType: 'Mapping',
  cmdVariantUri: 'ctype::FlowstepVariant/cname::XSLTMapping/version::1.2.0',
  subActivityType: 'XSLTMapping',
  mappingpath: '',
};
/** The unversioned variant: mappingType instead of subActivityType, no source. */
const OLD: Props = {
  mappingoutputformat: 'Bytes',
  mappinguri: 'dir://mapping/xslt/src/main/resources/mapping/InsertClientID.xsl',
  mappingname: 'InsertClientID',
  mappingType: 'XSLTMapping',
  mappingpath: 'src/main/resources/mapping/InsertClientID',
  activityType: 'Mapping',
  cmdVariantUri: 'ctype::FlowstepVariant/cname::XSLTMapping',
};
const OLD_MESSAGE_MAPPING: Props = {
  mappinguri: 'dir://mmap/src/main/resources/mapping/M.mmap',
  mappingname: 'M',
  mappingType: 'MessageMapping',
  mappingpath: 'src/main/resources/mapping/M',
  activityType: 'Mapping',
  cmdVariantUri: 'ctype::FlowstepVariant/cname::MessageMapping',
};

const STYLESHEET = `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="orderType"/>
  <xsl:template match="/">
    <orders type="{$orderType}">
      <xsl:for-each select="//order">
        <id><xsl:value-of select="@id"/></id>
      </xsl:for-each>
    </orders>
  </xsl:template>
</xsl:stylesheet>
`;

function archive(props: Props, files: Record<string, string> = {}): Uint8Array {
  const iflw = buildIflw({
    participants: [sender],
    messageFlows: [httpsSender('MessageFlow_4', 'StartEvent_2', '/orders')],
    processes: [
      {
        id: 'Process_1',
        name: 'Integration Process',
        participant: 'Participant_Process_1',
        bounds: [250, 60, 540, 220],
        elements: [
          start(),
          {
            tag: 'callActivity',
            id: 'CallActivity_1',
            name: 'Map Orders',
            props,
            bounds: [440, 128, 100, 60],
          },
          end(),
        ],
        links: [
          { id: 'SequenceFlow_3', source: 'StartEvent_2', target: 'CallActivity_1' },
          { id: 'SequenceFlow_5', source: 'CallActivity_1', target: 'EndEvent_2' },
        ],
      },
    ],
  });
  return artifactZip('Orders', 'Orders', iflw, files);
}

const imported = async (zip: Uint8Array): Promise<Flow> =>
  (await importCpiArchive(zip, 'Orders.zip')).flows[0]!;
const mapping = (flow: Flow) => flow.process.steps.find((s) => s.id === 'CallActivity_1')!;
const run = (flow: Flow, body: string, headers: Record<string, string> = {}) =>
  runFlow(flow, { body, headers, properties: {} }, { runScript });

/** The ifl:property pairs of the step in an exported archive's .iflw. */
async function exportedProps(flow: Flow): Promise<Record<string, string>> {
  const files = unzipSync(await exportCpiArchive(flow));
  const iflw = Object.entries(files).find(([k]) => k.endsWith('.iflw'))![1];
  const el = /<bpmn2:callActivity[^>]*id="CallActivity_1"[\s\S]*?<\/bpmn2:callActivity>/.exec(
    strFromU8(iflw),
  )![0];
  return Object.fromEntries(
    [...el.matchAll(/<key>([^<]*)<\/key>\s*(?:<value>([^<]*)<\/value>|<value\/>)/g)].map((m) => [
      m[1]!,
      (m[2] ?? '').replace(/&amp;/g, '&'),
    ]),
  );
}

describe('XSLT Mapping: CPI codec', () => {
  it('imports version 1.2.0 as an XSLT Mapping with its stylesheet and exports every property back', async () => {
    const flow = await imported(
      archive(V120, { 'src/main/resources/mapping/remove name space.xsl': STYLESHEET }),
    );
    const step = mapping(flow);
    expect(step.type).toBe('xsltMapping');
    expect(step.config).toEqual({
      source: 'iflow',
      mappingFile: 'remove name space.xsl',
      headerName: '',
      outputFormat: 'String',
    });
    expect(await exportedProps(flow)).toEqual(V120);
    const files = unzipSync(await exportCpiArchive(flow));
    expect(strFromU8(files['src/main/resources/mapping/remove name space.xsl']!)).toBe(STYLESHEET);
  });

  it('reads the header source and the unversioned variant, and writes them back as they came', async () => {
    const header = await imported(archive(HEADER));
    expect(mapping(header).config).toMatchObject({
      source: 'header',
      headerName: 'ACKNOWLEDGEMENT_MAPPING_XSLT',
      outputFormat: 'Bytes',
    });
    expect(await exportedProps(header)).toEqual(HEADER);
    const old = await imported(
      archive(OLD, { 'src/main/resources/mapping/InsertClientID.xsl': STYLESHEET }),
    );
    expect(mapping(old).type).toBe('xsltMapping');
    expect(mapping(old).config).toMatchObject({
      source: 'iflow',
      mappingFile: 'InsertClientID.xsl',
    });
    expect(await exportedProps(old)).toEqual(OLD);
  });

  it('leaves an unversioned Message Mapping a placeholder', async () => {
    const flow = await imported(archive(OLD_MESSAGE_MAPPING));
    expect(mapping(flow).type).toBe('placeholder');
  });

  it("writes a changed resource under all three of CPI's names", async () => {
    const flow = await imported(
      archive(V120, { 'src/main/resources/mapping/Orders.xslt': STYLESHEET }),
    );
    mapping(flow).config = { ...mapping(flow).config, mappingFile: 'Orders.xslt' };
    expect(await exportedProps(flow)).toMatchObject({
      mappinguri: 'dir://mapping/xslt/src/main/resources/mapping/Orders.xslt',
      mappingname: 'Orders',
      mappingpath: 'src/main/resources/mapping/Orders',
    });
  });
});

describe('XSLT Mapping: simulation', () => {
  const flow = async () =>
    await imported(
      archive(V120, { 'src/main/resources/mapping/remove name space.xsl': STYLESHEET }),
    );

  it('transforms the body, with headers and properties as xsl:param', async () => {
    const trace = await run(await flow(), '<list><order id="7"/><order id="9"/></list>', {
      orderType: 'rush',
    });
    expect(trace.error).toBeUndefined();
    const body = String(trace.output?.body ?? '');
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(body.replace(/\s+/g, '')).toContain('<orderstype="rush"><id>7</id><id>9</id></orders>');
  });

  it('fails on a body that is not XML, naming line and column', async () => {
    const trace = await run(await flow(), '{"not":"xml"}');
    expect(trace.error).toMatchObject({
      stepId: 'CallActivity_1',
      type: 'XsltError',
      line: 1,
      column: 1,
    });
    expect(trace.error?.message).toMatch(
      /message body is not XML.*Content is not allowed in prolog/,
    );
    const broken = await run(await flow(), '<a>\n  <b></a>');
    expect(broken.error?.message).toMatch(/not well-formed XML \(line 2, column \d+\)/);
  });

  it('fails on a broken stylesheet with its line and column', async () => {
    const f = await flow();
    f.resources.files![0]!.content = textToBase64(
      '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/">\n</xsl:stylesheet>',
    );
    const trace = await run(f, '<a/>');
    expect(trace.error).toMatchObject({ type: 'XsltError', line: 3 });
    expect(trace.error?.message).toContain(
      'the stylesheet remove name space.xsl is not well-formed XML (line 3',
    );
  });

  it("refuses CPI's exchange extension functions with the line that calls them", async () => {
    const f = await flow();
    f.resources.files![0]!.content =
      textToBase64(`<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:cpi="http://sap.com/it/">
<xsl:param name="exchange"/>
<xsl:template match="/"><xsl:value-of select="cpi:setHeader($exchange, 'a', 'b')"/></xsl:template>
</xsl:stylesheet>`);
    const trace = await run(f, '<a/>');
    expect(trace.error).toMatchObject({ type: 'XsltError', line: 3 });
    expect(trace.error?.message).toContain(
      "cpi:setHeader() (CPI's access to the exchange from XSLT) is not supported",
    );
  });

  it('takes the stylesheet a header names, or the one it holds', async () => {
    const f = await imported(archive(HEADER, { 'src/main/resources/mapping/Ack.xsl': STYLESHEET }));
    const byName = await run(f, '<o><order id="1"/></o>', {
      ACKNOWLEDGEMENT_MAPPING_XSLT: 'Ack.xsl',
    });
    expect(String(byName.output?.body)).toContain('<id>1</id>');
    const inline = await run(f, '<o/>', {
      ACKNOWLEDGEMENT_MAPPING_XSLT: STYLESHEET.replace('orders', 'acks').replace(
        '</orders>',
        '</acks>',
      ),
    });
    expect(String(inline.output?.body)).toContain('<acks type=""');
    const missing = await run(f, '<o/>');
    expect(missing.error?.message).toBe(
      'the header "ACKNOWLEDGEMENT_MAPPING_XSLT" that names the stylesheet is not set',
    );
    const pd = await run(f, '<o/>', { ACKNOWLEDGEMENT_MAPPING_XSLT: 'pd:P1:ack:Binary' });
    expect(pd.error?.message).toContain('the Partner Directory is not simulated');
  });

  it('copies the root with xsl:copy, as a remove-namespaces stylesheet does', async () => {
    const f = await flow();
    f.resources.files![0]!.content =
      textToBase64(`<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output omit-xml-declaration="yes"/>
  <xsl:template match="/|comment()|processing-instruction()"><xsl:copy><xsl:apply-templates/></xsl:copy></xsl:template>
  <xsl:template match="*"><xsl:element name="{local-name()}"><xsl:apply-templates select="node()"/></xsl:element></xsl:template>
</xsl:stylesheet>`);
    const trace = await run(f, '<o:order xmlns:o="urn:o"><o:id>7</o:id></o:order>');
    expect(trace.output?.body).toBe('<order><id>7</id></order>');
  });

  it('gives XPath 2.0 string functions the string value of a node', async () => {
    const f = await flow();
    f.resources.files![0]!.content =
      textToBase64(`<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/"><xsl:value-of select="concat(upper-case(/a/b), '|', replace(/a/b, 'l', 'L'), '|', string-join(//c/@k, '-'), '|', ends-with(/a/b, 'lo'))"/></xsl:template>
</xsl:stylesheet>`);
    const trace = await run(f, '<a><b>hello</b><c k="1"/><c k="2"/></a>');
    expect(trace.output?.body).toBe('HELLO|heLLo|1-2|true');
  });

  it("resolves xsl:include from the flow's mapping folder", async () => {
    const main = `<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:include href="common.xsl"/><xsl:output omit-xml-declaration="yes"/><xsl:template match="/"><r><xsl:call-template name="hello"/></r></xsl:template></xsl:stylesheet>`;
    const common = `<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template name="hello">hi</xsl:template></xsl:stylesheet>`;
    const f = await imported(
      archive(V120, {
        'src/main/resources/mapping/remove name space.xsl': main,
        'src/main/resources/mapping/common.xsl': common,
      }),
    );
    const trace = await run(f, '<a/>');
    expect(trace.error).toBeUndefined();
    expect(String(trace.output?.body)).toBe('<r>hi</r>');
  });
});

describe('XSLT Mapping: validation and Camel', () => {
  it('says when no stylesheet is assigned, is missing, or is not XSLT', async () => {
    const f = await imported(archive(V120, { 'src/main/resources/mapping/other.xsl': '<a/>' }));
    const problems = () => validateFlow(f).filter((p) => p.elementId === 'CallActivity_1');
    expect(problems()[0]).toMatchObject({
      field: 'mappingFile',
      message:
        'Map Orders: stylesheet "remove name space.xsl" does not exist in the flow\'s resources (mapping/)',
    });
    mapping(f).config = { ...mapping(f).config, mappingFile: '' };
    expect(problems()[0]?.message).toBe('Map Orders: no stylesheet is assigned');
    mapping(f).config = { ...mapping(f).config, mappingFile: 'other.xsl' };
    expect(problems()[0]?.message).toBe(
      'Map Orders: other.xsl is not an XSLT stylesheet (no xsl:stylesheet element)',
    );
    mapping(f).config = { ...mapping(f).config, source: 'header', headerName: '' };
    expect(problems()[0]).toMatchObject({ field: 'headerName' });
  });

  it("exports to Camel as xslt-saxon with the resource, valid against Camel's schema", async () => {
    const f = await imported(
      archive(V120, { 'src/main/resources/mapping/remove name space.xsl': STYLESHEET }),
    );
    const yaml = await exportCamelYaml(f);
    expectValidCamel(yaml);
    expect(JSON.stringify(parse(yaml))).toContain(
      '"to":{"uri":"xslt-saxon:mapping/remove%20name%20space.xsl"}',
    );
    const h = await imported(archive(HEADER));
    await expect(exportCamelYaml(h)).rejects.toThrow(
      /named at run time by the header "ACKNOWLEDGEMENT_MAPPING_XSLT"/,
    );
  });
});
