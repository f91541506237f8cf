/**
 * CPI import figures: a 200-step .iflw and a 20-flow package export, imported in Node through
 * the same code the app uses (parse, map, load door). Prints nothing itself; see bench.ts.
 */
import { importCpiArchive, importIflw } from '../src/core/io/cpi';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { packageZip } from '../src/core/io/cpi/fixtures/archives';
import { fixtures } from '../src/core/io/cpi/fixtures/flows';
import {
  buildIflw,
  end,
  httpsSender,
  script,
  sender,
  start,
  type FxElement,
} from '../src/core/io/cpi/fixtures/iflwBuilder';

/** Start → 198 steps (Scripts and Content Modifiers) → End, in rows of 20, with a diagram. */
export function bigIflw(steps = 200): string {
  const elements: FxElement[] = [start('StartEvent_2', [300, 100])];
  const ids = ['StartEvent_2'];
  for (let i = 0; i < steps - 2; i++) {
    const id = `Step_${i + 1}`;
    const at: [number, number] = [380 + (i % 20) * 140, 90 + Math.floor(i / 20) * 120];
    elements.push(
      i % 2
        ? script(id, `Script ${i + 1}`, 'script1.js', at)
        : {
            tag: 'callActivity',
            id,
            name: `Set ${i + 1}`,
            props: {
              activityType: 'Enricher',
              bodyType: 'constant',
              wrapContent: '',
              headerTable:
                "<row><cell id='Action'>Create</cell><cell id='Type'>constant</cell><cell id='Value'>v</cell><cell id='Default'></cell><cell id='Name'>h</cell><cell id='Datatype'></cell></row>",
              propertyTable: '',
            },
            bounds: [...at, 100, 60],
          },
    );
    ids.push(id);
  }
  elements.push(end('EndEvent_2', [380 + 20 * 140, 100]));
  ids.push('EndEvent_2');
  return buildIflw({
    participants: [sender],
    messageFlows: [httpsSender('MessageFlow_1', 'StartEvent_2', '/big')],
    processes: [
      {
        id: 'Process_1',
        name: 'Integration Process',
        participant: 'Participant_Process_1',
        bounds: [250, 40, 20 * 140 + 300, Math.ceil(steps / 20) * 120 + 120],
        elements,
        links: ids
          .slice(1)
          .map((t, i) => ({ id: `SequenceFlow_${i + 1}`, source: ids[i]!, target: t })),
      },
    ],
  });
}

export function twentyFlowPackage(): Uint8Array {
  const all = fixtures();
  const artifacts = Array.from({ length: 20 }, (_, i) => {
    const f = all[i % all.length]!;
    // Different bytes per artifact (the import refuses the same archive twice).
    return { id: `a${i}`, name: `${f.name} ${i}`, zip: withName(f.zip, i) };
  });
  return packageZip(
    { name: 'Bench', technicalName: 'Bench', shortText: '', description: '' },
    artifacts,
  );
}

/** The fixture's zip with a marker file, so no two artifacts are byte-identical. */
function withName(zip: Uint8Array, i: number): Uint8Array {
  return markZip(zip, i);
}

function markZip(zip: Uint8Array, i: number): Uint8Array {
  const files = unzipSync(zip);
  files[`src/main/resources/json/marker${i}.json`] = strToU8(`{"n":${i}}`);
  return zipSync(files);
}

async function time(
  fn: () => Promise<unknown>,
  runs: number,
): Promise<{ medianMs: number; minMs: number }> {
  // The warm-up runs also load the codecs (once, on first use).
  for (let i = 0; i < 3; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { medianMs: t[Math.floor(t.length / 2)]!, minMs: t[0]! };
}

export async function benchCpi() {
  const xml = bigIflw(200);
  const pkg = twentyFlowPackage();
  const iflw = await time(() => importIflw(xml, 'big.iflw'), 15);
  const pack = await time(() => importCpiArchive(pkg, 'bench.zip'), 7);
  return { iflw, pack, iflwKb: xml.length / 1024, packageKb: pkg.length / 1024 };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchCpi());
