import { describe, expect, it } from 'vitest';
import { runFlow } from '../../engine/runFlow';
import { fakeRunScript } from '../../engine/testing/fakeRunScript';
import { fixedOptions, lineFlow, summarize } from '../../engine/testing/flowFixture';
import { contentModifierType } from '.';
import type { ModifierRow } from './config';

const row = (r: Partial<ModifierRow>): ModifierRow => ({
  action: 'Create',
  name: 'x',
  sourceType: 'Constant',
  sourceValue: '',
  dataType: 'java.lang.String',
  default: '',
  ...r,
});
const options = { runScript: fakeRunScript, ...fixedOptions };

function cmFlow(config: Record<string, unknown>) {
  return lineFlow([
    {
      id: 'CM',
      type: 'contentModifier',
      config: { ...contentModifierType.defaultConfig(), ...config },
    },
  ]);
}

describe('Content Modifier', () => {
  it('creates and deletes headers and properties top to bottom and sets the body (golden)', async () => {
    const flow = cmFlow({
      headers: [
        row({ name: 'orderId', sourceType: 'Header', sourceValue: 'id' }),
        row({ name: 'count', sourceValue: '12', dataType: 'java.lang.Integer' }),
        row({
          name: 'label',
          sourceType: 'Expression',
          sourceValue: 'Order ${header.orderId} on ${date:now:yyyy-MM-dd}',
        }),
        row({
          name: 'fromProp',
          sourceType: 'Property',
          sourceValue: 'missing',
          default: 'fallback',
        }),
        row({ action: 'Delete', name: 'X-*, id' }),
      ],
      properties: [
        row({ name: 'copy', sourceType: 'Expression', sourceValue: '${header.label}' }),
        row({ name: 'ok', sourceValue: 'TRUE', dataType: 'java.lang.Boolean' }),
        row({ action: 'Delete', name: 'old' }),
      ],
      bodyType: 'Expression',
      bodyValue:
        '{"id":"${header.orderId}","ex":"${exchangeId}","camel":"${camelId}","was":"${in.body}"}',
    });
    const trace = await runFlow(
      flow,
      {
        body: 'raw',
        headers: { id: 'A1', 'X-Trace': 't', 'X-Other': 'o' },
        properties: { old: 1 },
      },
      options,
    );
    expect(summarize(trace)).toEqual({
      status: 'completed',
      steps: ['Start -> SequenceFlow_1', 'CM -> SequenceFlow_2', 'End'],
      body: '{"id":"A1","ex":"ID-test-1","camel":"Flow_test","was":"raw"}',
    });
    expect(trace.output.headers).toEqual({
      orderId: 'A1',
      count: 12,
      label: 'Order A1 on 2026-03-05',
      fromProp: 'fallback',
    });
    expect(trace.output.properties).toMatchObject({ copy: 'Order A1 on 2026-03-05', ok: true });
    expect(trace.output.properties).not.toHaveProperty('old');
  });

  it('leaves the body alone when the body value is empty; Constant bodies are literal', async () => {
    const keep = await runFlow(cmFlow({}), { body: 'same', headers: {}, properties: {} }, options);
    expect(keep.output.body).toBe('same');
    const literal = await runFlow(
      cmFlow({ bodyValue: 'Hi ${header.x}' }),
      { body: '', headers: { x: 1 }, properties: {} },
      options,
    );
    expect(literal.output.body).toBe('Hi ${header.x}');
  });

  it('fails the step when a value does not fit its data type', async () => {
    const flow = cmFlow({
      headers: [
        row({ name: 'n', sourceType: 'Header', sourceValue: 'v', dataType: 'java.lang.Integer' }),
      ],
    });
    const trace = await runFlow(flow, { body: '', headers: { v: 'abc' }, properties: {} }, options);
    expect(trace.error).toMatchObject({
      stepId: 'CM',
      type: 'TypeError',
      message: 'Cannot convert "abc" to java.lang.Integer',
    });
  });

  it('validation flags unknown expressions, missing names and bad constants', () => {
    const flow = cmFlow({
      headers: [
        row({ name: '', sourceValue: 'a' }),
        row({ name: 'e', sourceType: 'Expression', sourceValue: '${header.a} ${foo}' }),
      ],
      properties: [
        row({ name: 'n', sourceValue: 'x1', dataType: 'java.lang.Integer' }),
        row({ name: 'h', sourceType: 'Header', sourceValue: '' }),
      ],
      bodyType: 'Expression',
      bodyValue: '${date:now:yyyy-qq}',
    });
    const step = flow.process.steps[1]!;
    expect(contentModifierType.validate!(step, flow).map((p) => [p.field, p.message])).toEqual([
      ['headers', 'CM: Header row 1 has no name'],
      ['headers', 'CM: Header row 2: Unknown expression "${foo}"'],
      ['properties', 'CM: Property row 1: Cannot convert "x1" to java.lang.Integer'],
      ['properties', 'CM: Property row 2 needs the name of the header to copy'],
      ['bodyValue', `CM: Message Body: Illegal pattern character 'q' in date pattern "yyyy-qq"`],
    ]);
  });

  it('has a strict config schema', () => {
    expect(
      contentModifierType.configSchema.safeParse(contentModifierType.defaultConfig()).success,
    ).toBe(true);
    expect(
      contentModifierType.configSchema.safeParse({
        ...contentModifierType.defaultConfig(),
        extra: 1,
      }).success,
    ).toBe(false);
  });
});
