import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importCpiArchive, importIflw } from '.';
import { artifactZip, packageZip } from './fixtures/archives';
import { buildIflw, helloWorldIflw, sender, start, end } from './fixtures/iflwBuilder';

const IFLW = 'src/main/resources/scenarioflows/integrationflow/';
const hello = helloWorldIflw();
const zipOf = (files: Record<string, string | Uint8Array>): Uint8Array => {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(z);
};
const art = (iflw: string, extra: Record<string, string | Uint8Array> = {}) =>
  artifactZip('Bad', 'Bad', iflw, extra);

/** Rewrites the first local/central directory name of an entry (same length) to test names. */
function rename(bytes: Uint8Array, from: string, to: string): Uint8Array {
  expect(to.length).toBe(from.length);
  const out = bytes.slice();
  const a = strToU8(from);
  const b = strToU8(to);
  for (let i = 0; i + a.length <= out.length; i++)
    if (a.every((c, j) => out[i + j] === c)) out.set(b, i);
  return out;
}

/** Patches the declared uncompressed size (local header and central directory) of every entry. */
function lieAboutSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = v.getUint32(i, true);
    if (sig === 0x04034b50) v.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) v.setUint32(i + 24, size, true);
  }
  return out;
}

const BOMB_ENTITIES = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><bpmn2:definitions xmlns:bpmn2="x">&lol2;</bpmn2:definitions>`;
const XXE = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>`;

const noProcess = hello.replace(/<bpmn2:process[\s\S]*<\/bpmn2:process>/, '');
const cases: [string, () => unknown, RegExp][] = [
  [
    'empty file',
    () => importCpiArchive(new Uint8Array(), 'empty.zip'),
    /^empty\.zip: is not a zip archive/,
  ],
  [
    'not a zip',
    () => importCpiArchive(strToU8('hello there'), 'notes.zip'),
    /^notes\.zip: is not a zip archive \(it does not start with "PK"\)/,
  ],
  [
    'truncated zip',
    () => importCpiArchive(art(hello).slice(0, 60), 'cut.zip'),
    /^cut\.zip: is a damaged zip archive/,
  ],
  [
    'zip without .iflw',
    () => importCpiArchive(zipOf({ 'META-INF/MANIFEST.MF': 'x' }), 'a.zip'),
    /^a\.zip: contains no integration flow \(\.iflw\); expected one under src\/main\/resources\/scenarioflows\/integrationflow\//,
  ],
  [
    'two .iflw',
    () =>
      importCpiArchive(zipOf({ [`${IFLW}a.iflw`]: hello, [`${IFLW}b.iflw`]: hello }), 'two.zip'),
    /^two\.zip: contains 2 integration flows \(a\.iflw, b\.iflw\); an artifact holds exactly one/,
  ],
  [
    'broken XML',
    () => importCpiArchive(art('<bpmn2:definitions><bpmn2:process>'), 'x.zip'),
    /^x\.zip\/src\/main\/resources\/scenarioflows\/integrationflow\/Bad\.iflw: is not well-formed XML \(line 1, column \d+\): the file ends before these elements are closed: <bpmn2:definitions>, <bpmn2:process> \(is it cut short\?\)$/,
  ],
  [
    'XML bomb (entities)',
    () => importIflw(BOMB_ENTITIES, 'bomb.iflw'),
    /^bomb\.iflw: contains a DOCTYPE declaration; DOCTYPEs and entity definitions are refused \(entity expansion is off\)/,
  ],
  [
    'external entity',
    () => importIflw(XXE, 'xxe.iflw'),
    /^xxe\.iflw: contains a DOCTYPE declaration/,
  ],
  [
    'entity without doctype',
    () => importIflw('<?xml version="1.0"?><!ENTITY x "y"><a/>', 'e.iflw'),
    /^e\.iflw: contains an ENTITY declaration/,
  ],
  [
    'not BPMN',
    () => importIflw('<html><body/></html>', 'page.iflw'),
    /^page\.iflw: has no bpmn2:definitions element; it is not an integration flow/,
  ],
  [
    'no process',
    () => importIflw(noProcess, 'np.iflw'),
    /^np\.iflw: has no bpmn2:process; it is not an integration flow/,
  ],
  [
    'step without id',
    () =>
      importIflw(
        hello.replace('<bpmn2:callActivity id="CallActivity_1"', '<bpmn2:callActivity'),
        'noid.iflw',
      ),
    /^noid\.iflw: a bpmn2:callActivity element has no id/,
  ],
  [
    'sequence flow without target',
    () => importIflw(hello.replace('targetRef="EndEvent_2"', ''), 'nt.iflw'),
    /^nt\.iflw: sequence flow "SequenceFlow_5" lacks a targetRef/,
  ],
  [
    'message flow without source',
    () => importIflw(hello.replace('sourceRef="Participant_1"', ''), 'ns.iflw'),
    /^ns\.iflw: message flow "MessageFlow_4" lacks a sourceRef/,
  ],
  [
    'link to a missing step',
    () =>
      importIflw(hello.replace('targetRef="EndEvent_2"', 'targetRef="Nowhere_9"'), 'missing.iflw'),
    /^missing\.iflw: does not make a valid flow: process\.sequenceFlows\[1\]\.target: no element with id "Nowhere_9"/,
  ],
  [
    'message flow to a missing step',
    () => importIflw(hello.replace('targetRef="StartEvent_2"', 'targetRef="Gone_1"'), 'mf.iflw'),
    /^mf\.iflw: does not make a valid flow: messageFlows\[0\]\.target: no element with id "Gone_1"/,
  ],
  [
    'duplicate ids',
    () => importIflw(hello.replace('id="EndEvent_2"', 'id="StartEvent_2"'), 'dup.iflw'),
    /^dup\.iflw: does not make a valid flow: .*duplicate id "StartEvent_2"/,
  ],
  [
    'participant without id',
    () =>
      importIflw(
        hello.replace('<bpmn2:participant id="Participant_1"', '<bpmn2:participant'),
        'p.iflw',
      ),
    /^p\.iflw: a bpmn2:participant has no id/,
  ],
  [
    'entry with ../',
    () =>
      importCpiArchive(
        rename(art(hello, { 'xx/evil.txt': 'x' }), 'xx/evil.txt', '../evil.txt'),
        'slip.zip',
      ),
    /^slip\.zip: entry "\.\.\/evil\.txt" climbs out of the archive with "\.\.\/"; refused/,
  ],
  [
    'absolute entry name',
    () =>
      importCpiArchive(
        rename(art(hello, { 'xetc/passwd': 'x' }), 'xetc/passwd', '/etc/passwd'),
        'abs.zip',
      ),
    /^abs\.zip: entry "\/etc\/passwd" is an absolute path; refused/,
  ],
  [
    'drive letter',
    () =>
      importCpiArchive(
        rename(art(hello, { 'xx/win.ini': 'x' }), 'xx/win.ini', 'C:/win.ini'),
        'win.zip',
      ),
    /^win\.zip: entry "C:\/win\.ini" starts with a drive letter; refused/,
  ],
  [
    'backslash name',
    () =>
      importCpiArchive(rename(art(hello, { 'aa/b.txt': 'x' }), 'aa/b.txt', 'aa\\b.txt'), 'bs.zip'),
    /^bs\.zip: entry "aa\\b\.txt" uses backslashes; refused/,
  ],
  [
    'zip bomb (ratio)',
    () => importCpiArchive(zipOf({ 'big.bin': new Uint8Array(30 * 1024 * 1024) }), 'bomb.zip'),
    /^bomb\.zip: entry "big\.bin" is compressed more than 100:1 \(30\.0 MB from \d+ bytes\); refused \(zip bomb protection\)/,
  ],
  [
    'zip bomb (declared size)',
    () => importCpiArchive(lieAboutSize(art(hello), 60 * 1024 * 1024), 'huge.zip'),
    /^huge\.zip: would unpack to more than 50\.0 MB; refused \(zip bomb protection\)/,
  ],
  [
    '20 MB .iflw in a zip',
    () =>
      importCpiArchive(
        lieAboutSize(zipOf({ [`${IFLW}big.iflw`]: hello }), 21 * 1024 * 1024),
        'big.zip',
      ),
    /^big\.zip: src\/main\/resources\/scenarioflows\/integrationflow\/big\.iflw is too large \(21\.0 MB; at most 20 MB\)/,
  ],
  [
    '20 MB .iflw alone',
    () => importIflw(`<a>${' '.repeat(21 * 1024 * 1024)}</a>`, 'huge.iflw'),
    /^huge\.iflw: is too large \(21\.0 MB; at most 20 MB\)/,
  ],
  [
    'size lie (smaller)',
    () => importCpiArchive(lieAboutSize(art(hello), 10), 'lie.zip'),
    /^lie\.zip(: entry ".*" does not match its declared size|: is a damaged zip archive|\/src\/main\/resources\/scenarioflows\/integrationflow\/Bad\.iflw: is not well-formed XML \(line 1\))/,
  ],
  [
    'package: resources.cnt not base64 JSON',
    () => importCpiArchive(zipOf({ 'resources.cnt': '%%%not base64%%%' }), 'pkg.zip'),
    /^pkg\.zip: resources\.cnt is not base64-encoded JSON/,
  ],
  [
    'package: no resources',
    () => importCpiArchive(zipOf({ 'resources.cnt': btoa('{"x":1}') }), 'pkg.zip'),
    /^pkg\.zip: resources\.cnt lists no "resources"/,
  ],
  [
    'package: missing _content',
    () =>
      importCpiArchive(
        zipOf({
          'resources.cnt': btoa(
            JSON.stringify({ resources: [{ id: 'abc', resourceType: 'IFlow', name: 'Orders' }] }),
          ),
        }),
        'pkg.zip',
      ),
    /^pkg\.zip: resources\.cnt lists "Orders", but abc_content is missing/,
  ],
  [
    'package: nested package (cycle)',
    async () => {
      const inner = packageZip({ name: 'P', technicalName: 'P', shortText: '', description: '' }, [
        { id: 'i1', name: 'Hello', zip: art(hello) },
      ]);
      return await importCpiArchive(
        packageZip({ name: 'Q', technicalName: 'Q', shortText: '', description: '' }, [
          { id: 'o1', name: 'Outer', zip: inner },
        ]),
        'outer.zip',
      );
    },
    /^outer\.zip\/o1_content: is a package export inside a package export; nested packages \(or a cycle\) are refused/,
  ],
  [
    'package: same archive twice',
    async () => {
      const one = art(hello);
      return await importCpiArchive(
        packageZip({ name: 'Q', technicalName: 'Q', shortText: '', description: '' }, [
          { id: 'a', name: 'A', zip: one },
          { id: 'b', name: 'B', zip: one },
        ]),
        'twice.zip',
      );
    },
    /^twice\.zip\/b_content: contains an archive that contains itself \(a cycle\)/,
  ],
  [
    'package: no flows',
    () =>
      importCpiArchive(
        zipOf({
          'resources.cnt': btoa(
            JSON.stringify({ resources: [{ id: 'p', resourceType: 'ContentPackage', name: 'P' }] }),
          ),
        }),
        'pkg.zip',
      ),
    /^pkg\.zip: holds no integration flows/,
  ],
  [
    'package: broken inner zip',
    () =>
      importCpiArchive(
        packageZip({ name: 'Q', technicalName: 'Q', shortText: '', description: '' }, [
          { id: 'z', name: 'Z', zip: strToU8('garbage') },
        ]),
        'p.zip',
      ),
    /^p\.zip\/z_content: is not a zip archive/,
  ],
  [
    'broken parameters.propdef',
    () =>
      importCpiArchive(
        art(hello, { 'src/main/resources/parameters.propdef': '<parameters><parameter>' }),
        'params.zip',
      ),
    /^params\.zip\/parameters\.propdef: is not well-formed XML/,
  ],
  [
    'bad schema after mapping (empty name)',
    () =>
      importIflw(
        buildIflw({
          participants: [sender],
          messageFlows: [],
          processes: [
            {
              id: 'Process_1',
              name: 'P',
              participant: 'PP',
              bounds: [0, 0, 400, 200],
              elements: [start(), end()],
              links: [{ id: 'S1', source: 'StartEvent_2', target: 'EndEvent_2' }],
            },
          ],
        }).replace(
          '<bpmn2:startEvent id="StartEvent_2"',
          `<bpmn2:startEvent id="${'x'.repeat(300)}"`,
        ),
        'long.iflw',
      ),
    /^long\.iflw: does not make a valid flow: process\.steps\[\d\]\.id: /,
  ],
];

describe('bad CPI input: a specific error naming the file, nothing half-read', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases)('%s', async (_name, run, message) => {
    let error: unknown;
    try {
      await run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('CpiImportError');
    expect((error as Error).message).toMatch(message);
  });
});
