// The Node figures: the sandbox per-message cost (#3), the engine throughput (#4) and the
// tenant throughput (#5). Each per-area module is imported lazily so a missing or broken one
// only turns its own rows into n/a.
import { round, type Figures } from './figures';
import type { EngineBench } from '../bench-engine';

export const SANDBOX_LABELS = [
  'Hello World script in the sandbox (Node, 10,000 msgs)',
  'same function called directly in V8',
  'sandbox / V8 ratio',
  '10 KB JSON parsed, 50 fields changed, written back (Node, 500 msgs)',
  'same function called directly in V8 (10 KB JSON)',
  'sandbox / V8 ratio (10 KB JSON)',
  'one Script step, per message',
  '20 different Script steps in turn, per message and step',
  'Groovy Hello World in the sandbox (Node, 10,000 msgs)',
  'Groovy 10 KB JSON mapping (JsonSlurper, JsonOutput; Node, 200 msgs)',
];

export async function sandboxFigures(figures: Figures): Promise<void> {
  const area = '#3 script';
  await figures.part(area, SANDBOX_LABELS, async () => {
    const { benchSandbox } = await import('../bench-sandbox');
    const r = await benchSandbox();
    const [sandbox, v8, ratio, json, jsonV8, jsonRatio, one, twenty, gHello, gJson] =
      SANDBOX_LABELS as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
    figures.add({
      area,
      label: sandbox,
      value: r.hello.sandbox,
      unit: 'µs/msg',
      target: '≤ 11',
      note: `CPU time ${r.hello.cpu} µs/msg`,
    });
    figures.add({ area, label: v8, value: r.hello.v8, unit: 'µs/msg' });
    figures.add({ area, label: ratio, value: r.hello.ratio, unit: '×' });
    figures.add({
      area,
      label: json,
      value: r.json10kb.sandbox,
      unit: 'µs/msg',
      target: '≤ 1000',
      note: `${r.json10kb.bytes} bytes of JSON`,
    });
    figures.add({ area, label: jsonV8, value: r.json10kb.v8, unit: 'µs/msg' });
    figures.add({ area, label: jsonRatio, value: r.json10kb.ratio, unit: '×' });
    figures.add({ area, label: one, value: r.steps.one, unit: 'µs/msg' });
    figures.add({
      area,
      label: twenty,
      value: r.steps.twenty,
      unit: 'µs/msg',
      target: '= one step',
      note: `${r.steps.ratio}× the one-step cost; each step its own script, compiled once`,
    });
    figures.add({ area, label: gHello, value: r.groovy.hello, unit: 'µs/msg', target: '≤ 30' });
    figures.add({ area, label: gJson, value: r.groovy.json10kb, unit: 'µs/msg', target: '≤ 2000' });
  });
}

export const engineLabels = (where: string): string[] => [
  `Hello World flow, ${where}`,
  `10-step flow, ${where}`,
  `engine cost per step beyond the sandbox, ${where}`,
  `engine overhead per step (copy on write), ${where}`,
];

/** Adds the rows of one benchEngine result (shared by the Node and Chromium runs). */
export function addEngineFigures(figures: Figures, where: string, r: EngineBench): void {
  const area = '#4 simulation';
  const [hello, ten, perStep, overhead] = engineLabels(where) as [string, string, string, string];
  figures.add({
    area,
    label: hello,
    value: r.helloWorld.messagesPerSecond,
    unit: 'msg/s',
    note: `${r.helloWorld.msPerMessage} ms/msg; engine alone ${r.helloWorldEngineOnly.messagesPerSecond} msg/s`,
  });
  figures.add({
    area,
    label: ten,
    value: r.tenStep.messagesPerSecond,
    unit: 'msg/s',
    note: `${r.tenStep.stepsPerMessage} steps, ${r.tenStep.msPerMessage} ms/msg; engine alone ${r.tenStepEngineOnly.messagesPerSecond} msg/s`,
  });
  figures.add({
    area,
    label: perStep,
    value: r.engineMicrosecondsPerStep,
    unit: 'µs/step',
    note: '10-step flow with a no-op script runner (converters, router, expressions included)',
  });
  figures.add({
    area,
    label: overhead,
    value: r.engineOverheadMicrosecondsPerStep,
    unit: 'µs/step',
    target: '≤ 10',
    note: '(100 no-op Script steps − Start → End) / 100, no-op script runner',
  });
}

export async function engineFigures(figures: Figures): Promise<void> {
  const where = 'Node';
  await figures.part('#4 simulation', engineLabels(where), async () => {
    const [{ benchEngine }, { runScript }] = await Promise.all([
      import('../bench-engine'),
      import('../../src/core/script'),
    ]);
    addEngineFigures(figures, where, await benchEngine(runScript, 1000));
  });
}

export const TENANT_NODE_LABEL = 'Hello World with OAuth (token check + run), Node';

export async function tenantFigures(figures: Figures): Promise<void> {
  const area = '#5 tenant';
  await figures.part(area, [TENANT_NODE_LABEL], async () => {
    const [
      { benchTenant },
      { createEngineExecutor },
      { runFlow, requestToMessage },
      { runScript },
    ] = await Promise.all([
      import('../bench-tenant'),
      import('../../src/core/tenant'),
      import('../../src/core/engine'),
      import('../../src/core/script'),
    ]);
    const r = await benchTenant(createEngineExecutor(runFlow, requestToMessage, runScript), {
      requests: 2000,
    });
    figures.add({
      area,
      label: TENANT_NODE_LABEL,
      value: Math.round(r.requestsPerSecond),
      unit: 'req/s',
      note: `${round(r.meanMs, 3)} ms/request over ${r.requests} requests`,
    });
  });
}

const CPI_LABELS = {
  iflw: 'import a 200-step .iflw (parse, map, load door), Node',
  pack: 'import a 20-flow package export, Node',
};

export async function cpiFigures(figures: Figures): Promise<void> {
  const area = '#11 cpi';
  await figures.part(area, Object.values(CPI_LABELS), async () => {
    const { benchCpi } = await import('../bench-cpi');
    const r = await benchCpi();
    figures.add({
      area,
      label: CPI_LABELS.iflw,
      value: round(r.iflw.medianMs, 1),
      unit: 'ms',
      target: '≤ 150',
      note: `median of 15; fastest ${round(r.iflw.minMs, 1)} ms; ${Math.round(r.iflwKb)} KB of XML`,
    });
    figures.add({
      area,
      label: CPI_LABELS.pack,
      value: round(r.pack.medianMs, 1),
      unit: 'ms',
      note: `median of 7; fastest ${round(r.pack.minMs, 1)} ms; ${Math.round(r.packageKb)} KB zip`,
    });
  });
}

export const SERVE_LABELS = {
  bare: 'bare node:http hello server, autocannon on 127.0.0.1',
  serve: 'ifs serve, Hello World with OAuth + CSRF, autocannon on 127.0.0.1',
  ratio: 'ifs serve / bare node:http requests per second',
  handOff: 'worker thread hand-off and back, CPU per message (waking both threads)',
};

export async function serveFigures(figures: Figures): Promise<void> {
  const area = '#15 cli';
  await figures.part(area, Object.values(SERVE_LABELS), async () => {
    const { benchServe } = await import('../bench-serve');
    const r = await benchServe();
    const note = (x: typeof r.bare) =>
      `p50 ${x.p50Ms} ms, p99 ${x.p99Ms} ms; ${x.requests} requests, ${x.non2xx} non-2xx, ${x.errors} errors` +
      (x.cpuUs
        ? `; CPU per request: server ${x.cpuUs.server} µs (HTTP thread ${x.cpuUs.mainThread} µs), autocannon ${x.cpuUs.loadGenerator} µs`
        : '');
    figures.add({
      area,
      label: SERVE_LABELS.bare,
      value: r.bare.requestsPerSecond,
      unit: 'req/s',
      note: note(r.bare),
    });
    figures.add({
      area,
      label: SERVE_LABELS.serve,
      value: r.serve.requestsPerSecond,
      unit: 'req/s',
      note: `${note(r.serve)}; ${r.workers} script workers`,
    });
    figures.add({
      area,
      label: SERVE_LABELS.ratio,
      value: Math.round(r.ratio * 100),
      unit: '%',
      target: '≥ 50',
      note: `${r.connections} connections, ${r.durationSec} s each after 1 s warm-up, same run`,
    });
    figures.add({
      area,
      label: SERVE_LABELS.handOff,
      value: r.handOff.waking,
      unit: 'µs',
      note: `${r.handOff.awake} µs with 16 in flight (the worker kept awake); what each served request's script hand-off costs this machine beyond QuickJS`,
    });
  });
}

export const AUTOSAVE_LABELS = {
  time: 'autosave after a 1-step move, 1,000 steps (Node, fake-indexeddb)',
  written: 'records written by that save',
};

export async function autosaveFigures(figures: Figures): Promise<void> {
  const area = '#13 designer';
  await figures.part(area, Object.values(AUTOSAVE_LABELS), async () => {
    await import('./fakeIndexedDb');
    const { benchAutosave } = await import('../bench-autosave');
    const r = await benchAutosave();
    figures.add({
      area,
      label: AUTOSAVE_LABELS.time,
      value: r.changes.ms,
      unit: 'ms',
      target: 'proportional to the change',
      note: `median of 15; the whole flow as parts: ${r.whole.ms} ms; as one record (database version 1, every save before): ${r.oneRecord.ms} ms`,
    });
    figures.add({
      area,
      label: AUTOSAVE_LABELS.written,
      value: r.changes.records,
      unit: 'records',
      note: `${r.changes.kb} KB; a whole write: ${r.whole.records} records, ${r.whole.kb} KB`,
    });
  });
}
