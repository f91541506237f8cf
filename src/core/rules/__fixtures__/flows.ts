import { applyCommand } from '../../commands/applyCommand';
import type { CommandName, CommandPayloads } from '../../commands/types';
import { newFlow } from '../../model/factory';
import type { Flow } from '../../model/flow';

/** Applies a command and returns the new flow (tests that only care about the result). */
export function run<N extends CommandName>(flow: Flow, name: N, payload: CommandPayloads[N]): Flow {
  return applyCommand(flow, name, payload).flow;
}

/** The walkthrough's Hello World flow: Sender →(HTTPS /v1/test/hello)→ Start → Script 1 → End. */
export function helloFlow(): Flow {
  let flow = newFlow({ id: 'hello', name: 'Hello' });
  flow = run(flow, 'link.connect', {
    source: 'Participant_1',
    target: 'StartEvent_1',
    adapterType: 'HTTPS',
  });
  const adapter = flow.messageFlows[0]!.adapter;
  flow = run(flow, 'adapter.configure', {
    id: 'MessageFlow_1',
    config: { ...adapter.config, address: '/v1/test/hello' },
  });
  flow = run(flow, 'element.add', { type: 'script', position: { x: 200, y: 100 } });
  flow = run(flow, 'element.delete', { ids: ['SequenceFlow_1'] });
  flow = run(flow, 'link.connect', {
    source: 'StartEvent_1',
    target: 'Script_1',
    id: 'SequenceFlow_2',
  });
  return run(flow, 'link.connect', {
    source: 'Script_1',
    target: 'EndEvent_1',
    id: 'SequenceFlow_3',
  });
}

/** Freezes a flow deeply so a test fails if any command mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
