import { SCHEMA_VERSION, type Flow, type FlowSettings } from './flow';

export function defaultSettings(): FlowSettings {
  return {
    allowedHeaders: '',
    logLevel: 'Info',
    returnExceptionToSender: false,
    limits: {
      scriptTimeMs: 1000,
      scriptMemoryMb: 64,
      stepBudget: 1000,
      maxMessageBytes: 10 * 1024 * 1024,
    },
  };
}

/** A fresh id for a new flow when the caller gives none. */
function randomFlowId(): string {
  return `Flow_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/**
 * A new flow as CPI creates one: a Sender left, an Integration Process holding Start → End,
 * a Receiver right. The Sender gets its adapter when the user connects it to Start.
 */
export function newFlow(options: { id?: string; name: string; description?: string }): Flow {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? randomFlowId(),
    name: options.name,
    description: options.description ?? '',
    participants: [
      { id: 'Participant_1', kind: 'sender', name: 'Sender', position: { x: 40, y: 130 } },
      { id: 'Participant_2', kind: 'receiver', name: 'Receiver', position: { x: 850, y: 130 } },
    ],
    process: {
      id: 'Process_1',
      name: 'Integration Process',
      position: { x: 220, y: 60 },
      size: { width: 560, height: 280 },
      steps: [
        {
          id: 'StartEvent_1',
          type: 'startEvent',
          name: 'Start',
          position: { x: 80, y: 116 },
          config: {},
        },
        {
          id: 'EndEvent_1',
          type: 'endEvent',
          name: 'End',
          position: { x: 430, y: 116 },
          config: {},
        },
      ],
      sequenceFlows: [{ id: 'SequenceFlow_1', source: 'StartEvent_1', target: 'EndEvent_1' }],
    },
    messageFlows: [],
    resources: { scripts: [] },
    samples: {},
    testCases: [],
    settings: defaultSettings(),
  };
}
