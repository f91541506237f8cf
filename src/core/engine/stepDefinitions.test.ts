import { describe, expect, it } from 'vitest';
import { getStepType } from '../registry/registry';
import { getAdapterType } from '../adapters';
import { validateFlow } from '../validation';
import type { FieldSpec } from '../registry/types';
import { helloWorldFlow, tenStepFlow } from './testing/sampleFlows';
import { runFlow } from './runFlow';
import { fakeRunScript } from './testing/fakeRunScript';
import { fixedOptions, summarize } from './testing/flowFixture';

const NEW_TYPES = [
  'contentModifier',
  'router',
  'jsonToXml',
  'xmlToJson',
  'xsltMapping',
  'requestReply',
  'errorEnd',
  'errorStart',
  'exceptionSubprocess',
];

const keys = (fields: FieldSpec[]) => fields.map((f) => f.key);

describe('step definitions of the simulation issue', () => {
  it.each(NEW_TYPES)(
    '%s: default config passes its strict schema and the form names real keys',
    (type) => {
      const def = getStepType(type)!;
      const config = def.defaultConfig();
      expect(def.configSchema.safeParse(config).success).toBe(true);
      expect(def.configSchema.safeParse({ ...config, unknownKey: 1 }).success).toBe(false);
      for (const group of def.form) {
        for (const field of group.fields) {
          expect(Object.keys(config)).toContain(field.key);
          if (field.kind === 'table')
            expect(Object.keys(field.newRow())).toEqual(keys(field.columns));
        }
      }
    },
  );

  it('the HTTP receiver adapter default config passes its schema', () => {
    const def = getAdapterType('HTTP')!;
    expect(def.direction).toBe('receiver');
    expect(def.configSchema.safeParse(def.defaultConfig()).success).toBe(true);
  });

  it('the sample flows are valid and the 10-step flow runs every kind of step (golden)', async () => {
    expect(validateFlow(helloWorldFlow())).toEqual([]);
    expect(validateFlow(tenStepFlow())).toEqual([]);
    const trace = await runFlow(
      tenStepFlow(),
      { body: '', headers: {}, properties: {} },
      { runScript: fakeRunScript, ...fixedOptions },
    );
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: [
        'Start -> SequenceFlow_1',
        'CM1 -> SequenceFlow_2',
        'Router -> routeA',
        'S1 -> SequenceFlow_5',
        'J2X -> SequenceFlow_6',
        'CM2 -> SequenceFlow_7',
        'X2J -> SequenceFlow_8',
        'CM3 -> SequenceFlow_9',
        'S2 -> SequenceFlow_10',
        'End',
      ],
      body: '{"order":{"@id":"7","item":["a","b","c"],"note":"hi"}}',
    });
    expect(trace.output.headers).toMatchObject({
      type: 'A',
      n: 7,
      stamp: '2026-03-05 A',
      done: 'yes',
    });
  });
});
