import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow } from '../../engine/testing/flowFixture';
import { exportCamelYaml } from '../../io/camel/exportCamel';
import { expectValidCamel } from '../../io/camel/testing/camelSchema';
import { helloWorldBase } from '../../io/fixtures/helloWorld';
import { base64Decode, base64Encode } from './bytes';

const run = (types: string[], body: unknown, headers: Record<string, unknown> = {}) =>
  runFlow(
    lineFlow(types.map((type, i) => ({ id: `Step_${i + 1}`, type, config: {} }))),
    { body, headers, properties: {} },
    { runScript: fakeRunScript, ...fixedOptions },
  );

describe('Base64 Encoder and Decoder', () => {
  it('encode the body’s UTF-8 bytes, and decode back to text', async () => {
    const trace = await run(['base64Encoder'], '<a>Grüße</a>');
    expect(trace.output?.body).toBe('PGE+R3LDvMOfZTwvYT4=');
    const back = await run(['base64Encoder', 'base64Decoder'], '<a>Grüße</a>');
    expect(back.output?.body).toBe('<a>Grüße</a>');
    expect(back.entries.map((e) => e.stepId)).toEqual(['Start', 'Step_1', 'Step_2', 'End']);
  });

  it('break long Base64 into lines of 76 with CRLF (Camel’s base64 data format); decoding ignores them', async () => {
    const long = 'x'.repeat(100);
    const encoded = base64Encode(long);
    expect(encoded.split('\r\n').map((l) => l.length)).toEqual([76, 60]);
    expect(base64Decode(encoded)).toBe(long);
  });

  it('decode bytes that are not UTF-8 to a binary body, which encodes back the same', async () => {
    const bytes = base64Decode('/wCA/w==');
    expect(bytes).toEqual(new Uint8Array([255, 0, 128, 255]));
    expect(base64Encode(bytes)).toBe('/wCA/w==');
    const trace = await run(['base64Decoder', 'base64Encoder'], '/wCA/w==');
    expect(trace.entries[1]!.after.body).toEqual(new Uint8Array([255, 0, 128, 255]));
    expect(trace.output?.body).toBe('/wCA/w==');
  });

  it('a body that is not Base64 fails the Decoder with the reason', async () => {
    const trace = await run(['base64Decoder'], '<order/>');
    expect(trace.error).toMatchObject({
      stepId: 'Step_1',
      type: 'EncodingError',
      message: 'The message body is not Base64: "<" at position 1 is not a Base64 character',
    });
    expect(() => base64Decode('QUJD=RA==')).toThrow(/padding/);
  });
});

describe('ZIP Compression and Decompression', () => {
  it('zip the body as one file named after CamelFileName, and unzip it back', async () => {
    const trace = await run(['zipCompressor'], '<orders/>', { CamelFileName: 'in/orders.xml' });
    const zipped = trace.output?.body as Uint8Array;
    expect(zipped).toBeInstanceOf(Uint8Array);
    expect(Object.keys(unzipSync(zipped))).toEqual(['orders.xml']);
    expect(new TextDecoder().decode(unzipSync(zipped)['orders.xml'])).toBe('<orders/>');
    const back = await run(['zipCompressor', 'zipDecompressor'], '<orders/>');
    expect(back.output?.body).toBe('<orders/>');
    // Without a file name the entry is named after the exchange id.
    const unnamed = await run(['zipCompressor'], 'x');
    expect(Object.keys(unzipSync(unnamed.output?.body as Uint8Array))).toEqual([
      expect.stringMatching(/\S/),
    ]);
  });

  it('unzip to bytes when the file is not text; zip and Base64 chain as in CPI', async () => {
    const archive = zipSync({ 'a.bin': new Uint8Array([0, 255, 1]) });
    const trace = await run(['zipDecompressor'], archive);
    expect(trace.output?.body).toEqual(new Uint8Array([0, 255, 1]));
    const chain = await run(
      ['zipCompressor', 'base64Encoder', 'base64Decoder', 'zipDecompressor'],
      'hello',
    );
    expect(chain.output?.body).toBe('hello');
  });

  it('refuse what is not one file in a ZIP archive, with the reason', async () => {
    const notZip = await run(['zipDecompressor'], 'hello');
    expect(notZip.error).toMatchObject({
      type: 'EncodingError',
      message: 'The message body is not a ZIP archive',
    });
    const two = zipSync({ 'a.txt': new Uint8Array([65]), 'b.txt': new Uint8Array([66]) });
    expect((await run(['zipDecompressor'], two)).error?.message).toBe(
      'The ZIP archive holds 2 files (a.txt, b.txt); ZIP Decompression takes an archive of one file',
    );
    const big = zipSync({ 'big.txt': new Uint8Array(2_000_000) });
    const flow = lineFlow([{ id: 'Unzip', type: 'zipDecompressor', config: {} }]);
    flow.settings.limits.maxMessageBytes = 1_000_000;
    const bomb = await runFlow(
      flow,
      { body: big, headers: {}, properties: {} },
      { runScript: fakeRunScript, ...fixedOptions },
    );
    expect(bomb.error?.message).toBe(
      '"big.txt" in the ZIP archive is 2000000 bytes, over the message size limit of 1000000 bytes',
    );
  });
});

describe('Encoder and Decoder steps in Camel', () => {
  it.each([
    ['base64Encoder', { marshal: { base64: {} } }],
    ['base64Decoder', { unmarshal: { base64: {} } }],
    ['zipCompressor', { marshal: { zipFile: {} } }],
    ['zipDecompressor', { unmarshal: { zipFile: {} } }],
  ])('%s', async (type, node) => {
    const flow = helloWorldBase();
    flow.process.steps.find((s) => s.id === 'Script_1')!.type = type;
    flow.process.steps.find((s) => s.id === 'Script_1')!.config = {};
    expect(JSON.stringify(expectValidCamel(await exportCamelYaml(flow)))).toContain(
      JSON.stringify(node),
    );
  });
});

describe('Encoder and Decoder in CPI content', () => {
  async function roundTrip(props: Record<string, string>) {
    const { importIflw, writeIflw } = await import('../../io/cpi');
    const { stepsIflw } = await import('../../io/cpi/fixtures/iflwBuilder');
    const xml = stepsIflw({
      tag: 'callActivity',
      id: 'CallActivity_5',
      name: 'Coder',
      props,
      bounds: [450, 130, 100, 60],
    });
    const { flow, report } = await importIflw(xml, 'x.iflw');
    const out = await writeIflw(flow);
    const from = out.indexOf('id="CallActivity_5"');
    const part = out.slice(from, out.indexOf('</bpmn2:callActivity>', from));
    const written = Object.fromEntries(
      [...part.matchAll(/<key>([^<]*)<\/key>\s*<value>([^<]*)<\/value>/g)].map((m) => [m[1], m[2]]),
    );
    return {
      type: flow.process.steps.find((s) => s.id === 'CallActivity_5')!.type,
      report,
      written,
    };
  }

  it.each([
    ['Encoder', 'Base64 Encode', '1.0.1', 'base64Encoder'],
    ['Encoder', 'Base64 Encode', '1.0.0', 'base64Encoder'],
    ['Encoder', 'Base64 Encode', undefined, 'base64Encoder'],
    ['Decoder', 'Base64 Decode', '1.0.1', 'base64Decoder'],
    ['Encoder', 'ZIP Compress', '1.0.1', 'zipCompressor'],
    ['Encoder', 'ZIP Compress', '1.0.0', 'zipCompressor'],
    ['Decoder', 'ZIP Decompress', '1.0.2', 'zipDecompressor'],
  ])(
    '%s %s %s reads as %s and writes back every property',
    async (activityType, encoderType, version, type) => {
      const props: Record<string, string> = {
        componentVersion: '1.0',
        activityType,
        cmdVariantUri: `ctype::FlowstepVariant/cname::${encoderType}${version ? `/version::${version}` : ''}`,
        encoderType,
      };
      const r = await roundTrip(props);
      expect(r.type).toBe(type);
      expect(r.report.entries.filter((e) => e.elementId === 'CallActivity_5')).toEqual([]);
      expect(r.written).toEqual(props);
    },
  );

  it('MIME Multipart stays a placeholder, its properties kept', async () => {
    const props = {
      activityType: 'Decoder',
      cmdVariantUri: 'ctype::FlowstepVariant/cname::MIME Multipart Message Decode/version::1.0.2',
      encoderType: 'MIME Multipart Message Decode',
      MultipartHeadersInline: 'false',
    };
    const r = await roundTrip(props);
    expect(r.type).toBe('placeholder');
    expect(r.written).toEqual(props);
  });
});
