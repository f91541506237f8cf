import { describe, expect, it } from 'vitest';
import { importCpiArchive } from '../../io/cpi';
import { artifactZip } from '../../io/cpi/fixtures/archives';
import { buildIflw, end, httpsSender, sender, start } from '../../io/cpi/fixtures/iflwBuilder';
import { runFlow } from '../../engine/runFlow';
import { runScript } from '../../script';
import { validateFlow } from '../../validation';

/** The links of a real .mmap (CPI's graphical mapping), shortened. */
const MMAP = `<xiObj xmlns="urn:sap-com:xi"><generic><lnks><lnkRole kpos="1" role="TARGET_IFR_MESS"><lnk rMode="R"><key typeID="wsdl" version="1.1"><elem>calculator.wsdl</elem><elem>src/main/resources/wsdl</elem><elem>AddResponse</elem><elem>http://tempuri.org/</elem></key></lnk></lnkRole><lnkRole kpos="1" role="SOURCE_IFR_MESS"><lnk rMode="R"><key typeID="wsdl" version="1.1"><elem>calculator.wsdl</elem><elem>src/main/resources/wsdl</elem><elem>Add</elem><elem>http://tempuri.org/</elem></key></lnk></lnkRole></lnks></generic></xiObj>`;

async function flowWith(files: Record<string, string>) {
  const iflw = buildIflw({
    participants: [sender],
    messageFlows: [httpsSender('MessageFlow_4', 'StartEvent_2', '/add')],
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
            id: 'Map',
            name: 'Map Add',
            props: {
              mappinguri: 'dir://mmap/src/main/resources/mapping/MM01.mmap',
              mappingname: 'MM01',
              mappingpath: 'src/main/resources/mapping/MM01',
              activityType: 'Mapping',
              cmdVariantUri: 'ctype::FlowstepVariant/cname::MessageMapping/version::1.3.1',
              subActivityType: 'MessageMapping',
            },
            bounds: [440, 128, 100, 60],
          },
          end(),
        ],
        links: [
          { id: 'SequenceFlow_3', source: 'StartEvent_2', target: 'Map' },
          { id: 'SequenceFlow_5', source: 'Map', target: 'EndEvent_2' },
        ],
      },
    ],
  });
  return (await importCpiArchive(artifactZip('Add', 'Add', iflw, files), 'Add.zip')).flows[0]!;
}

describe('Message Mapping (kept as a placeholder)', () => {
  it('says what it maps and why it does not run', async () => {
    const flow = await flowWith({ 'src/main/resources/mapping/MM01.mmap': MMAP });
    const warning = validateFlow(flow).find((p) => p.elementId === 'Map');
    expect(warning?.message).toBe(
      'Map Add: Message Mapping steps cannot be edited or simulated yet',
    );
    const trace = await runFlow(flow, { body: '<a/>', headers: {}, properties: {} }, { runScript });
    expect(trace.error?.message).toBe(
      "Step 'Map Add' (Message Mapping) cannot be simulated: MM01.mmap: source Add in calculator.wsdl, target AddResponse in calculator.wsdl. It is a graphical mapping that CPI compiles to Java, which the studio does not run; an XSLT Mapping runs here",
    );
  });

  it('says when its mapping is not in the archive', async () => {
    const flow = await flowWith({});
    const trace = await runFlow(flow, { body: '<a/>', headers: {}, properties: {} }, { runScript });
    expect(trace.error?.message).toContain('cannot be simulated: MM01.mmap (not in the archive).');
  });
});
