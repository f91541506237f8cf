// The 1,000-step flow of issue 2's canvas figures, built with the core and passed through the
// app's own export and import (so it is exactly what a user's file would load).
import { newFlow } from '../../src/core/model/factory';
import type { Flow, Step } from '../../src/core/model/flow';
import { getStepType } from '../../src/core/registry/registry';
import { exportFlow, importFlow } from '../../src/core/io';

const DX = 170;
const DY = 120;
const SCRIPT = `function processData(message) {
  return message;
}
`;

/**
 * `count` steps (Script and Content Modifier, alternating) in a snake-ordered grid, chained
 * Start → 1 → … → count → End: count + 1 sequence flows, plus the Sender → Start HTTPS link.
 */
export function bigFlow(count = 1000, id = 'Bench_1000', cols = 40): Flow {
  const flow = newFlow({ id, name: `Bench ${count} steps`, description: 'npm run bench' });
  const cm = getStepType('contentModifier');
  if (!cm) throw new Error('contentModifier step type is not registered');
  const rows = Math.ceil(count / cols);
  const steps: Step[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / cols);
    const col = row % 2 === 0 ? i % cols : cols - 1 - (i % cols);
    const script = i % 2 === 0;
    steps.push({
      id: `Step_${i + 1}`,
      type: script ? 'script' : 'contentModifier',
      name: `${script ? 'Script' : 'Modifier'} ${i + 1}`,
      position: { x: 200 + col * DX, y: 40 + row * DY },
      config: script ? { scriptFile: 'script1.js', functionName: '' } : cm.defaultConfig(),
    });
  }
  const [start, end] = flow.process.steps as [Step, Step];
  start.position = { x: 60, y: 56 };
  end.position = { x: 200 + cols * DX, y: 40 + (rows - 1) * DY + 16 };
  flow.process.steps = [start, ...steps, end];
  const chain = [start.id, ...steps.map((s) => s.id), end.id];
  flow.process.sequenceFlows = chain.slice(1).map((target, i) => ({
    id: `SequenceFlow_${i + 1}`,
    source: chain[i] as string,
    target,
  }));
  flow.process.size = { width: 200 + cols * DX + 120, height: 40 + rows * DY + 40 };
  const receiver = flow.participants[1];
  if (receiver) receiver.position = { x: 220 + flow.process.size.width + 90, y: 130 };
  flow.resources.scripts.push({ name: 'script1.js', language: 'javascript', content: SCRIPT });
  flow.messageFlows.push({
    id: 'MessageFlow_1',
    source: 'Participant_1',
    target: start.id,
    adapter: {
      type: 'HTTPS',
      config: {
        address: '/v1/bench/big',
        authorization: 'UserRole',
        userRole: 'ESBMessaging.send',
        clientCertificates: '',
        csrfProtected: false,
        maxBodySizeMb: 40,
      },
    },
  });
  return throughImport(flow);
}

/** exportFlow → importFlow: the flow as the app would load it from a file. */
export function throughImport(flow: Flow): Flow {
  const imported = importFlow(exportFlow(flow));
  if (!imported.ok)
    throw new Error(`generated flow does not import: ${JSON.stringify(imported.errors[0])}`);
  return imported.flow;
}
