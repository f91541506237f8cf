import * as z from 'zod/mini';
import type { StepTypeDef } from '../../registry/types';

/**
 * Stand-ins for step types later issues add (Router, Request Reply, Exception Subprocess,
 * Error Start/End), so tests prove the rules, commands and validation stay generic over the
 * registry. Tests splice them into the registry with vi.mock.
 */
const base = {
  description: 'test type',
  group: 'Steps' as const,
  icon: '',
  size: { width: 100, height: 60 },
  defaultConfig: () => ({}),
  configSchema: z.object({}) as unknown as z.ZodMiniType<Record<string, unknown>>,
  form: [],
};

export const extraTypes: StepTypeDef[] = [
  {
    ...base,
    type: 'testRouter',
    label: 'Router',
    shape: 'gateway',
    defaultName: 'Router',
    connections: {},
  },
  {
    ...base,
    type: 'testRequestReply',
    label: 'Request Reply',
    shape: 'task',
    defaultName: 'Request Reply',
    connections: { maxOutgoing: 1, mayCallReceiver: true },
  },
  {
    ...base,
    type: 'testSubprocess',
    label: 'Exception Subprocess',
    shape: 'subprocess',
    defaultName: 'Exception Subprocess',
    size: { width: 300, height: 160 },
    container: true,
    connections: { maxIncoming: 0, maxOutgoing: 0 },
  },
  {
    ...base,
    type: 'testErrorStart',
    label: 'Error Start',
    group: 'Events',
    shape: 'startEvent',
    defaultName: 'Error Start',
    singleton: true,
    connections: { maxIncoming: 0, maxOutgoing: 1 },
  },
  {
    ...base,
    type: 'testErrorEnd',
    label: 'Error End',
    group: 'Events',
    shape: 'endEvent',
    defaultName: 'Error End',
    connections: { maxOutgoing: 0 },
  },
  {
    ...base,
    type: 'testJoin',
    label: 'Join',
    shape: 'gateway',
    defaultName: 'Join',
    connections: { maxIncoming: 2 },
  },
  {
    ...base,
    type: 'testChecked',
    label: 'Checked',
    shape: 'task',
    defaultName: 'Checked',
    defaultConfig: () => ({ count: 1, mode: 'a' }),
    configSchema: z.strictObject({
      count: z.number().check(z.minimum(1)),
      mode: z.string(),
    }) as unknown as z.ZodMiniType<Record<string, unknown>>,
    form: [{ title: 'Main', fields: [{ key: 'count', label: 'Count', kind: 'number' }] }],
    validate: (step) =>
      step.config.mode === 'bad'
        ? [
            {
              severity: 'warning',
              message: `${step.name}: mode is bad`,
              elementId: step.id,
              elementKind: 'step',
              field: 'mode',
            },
          ]
        : [],
    connections: { maxOutgoing: 1 },
  },
];
