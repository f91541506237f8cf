import { describe, expect, it } from 'vitest';
import { importIflw, writeIflw } from '.';
import { applyCommand } from '../../commands';
import {
  buildIflw,
  end,
  helloWorldIflw,
  script,
  sender,
  start,
  withBentStartLink,
} from './fixtures/iflwBuilder';

/** Hello World with CPI's bent edge from Start to the Script (three waypoints). */
const bent = () => withBentStartLink(helloWorldIflw());

const waypoints = (xml: string, id: string) => {
  const edge = new RegExp(`<bpmndi:BPMNEdge bpmnElement="${id}"[\\s\\S]*?</bpmndi:BPMNEdge>`).exec(
    xml,
  );
  return [...(edge?.[0] ?? '').matchAll(/x="([\d.]+)"[^>]*y="([\d.]+)"/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
};

describe('bpmndi on export', () => {
  it("keeps CPI's waypoints while both ends stay put, draws a fresh line once one moves", async () => {
    const { flow } = await importIflw(bent(), 'bent.iflw');
    const kept = [
      [308, 158],
      [380, 200],
      [490, 158],
    ];
    expect(waypoints(await writeIflw(flow), 'SequenceFlow_3')).toEqual(kept);
    // Straight links are not stored: the writer draws them centre to centre anyway.
    const straight = flow.process.sequenceFlows.find((l) => l.id === 'SequenceFlow_5')!;
    expect(JSON.stringify(straight.extensions ?? {})).not.toContain('diagram');
    const again = (await importIflw(await writeIflw(flow), 'again.iflw')).flow;
    expect(waypoints(await writeIflw(again), 'SequenceFlow_3')).toEqual(kept);

    const script = flow.process.steps.find((s) => s.id === 'CallActivity_1')!;
    const moved = applyCommand(flow, 'element.move', {
      moves: [{ id: script.id, position: { x: script.position.x + 100, y: script.position.y } }],
    }).flow;
    const fresh = waypoints(await writeIflw(moved), 'SequenceFlow_3');
    expect(fresh).toHaveLength(2);
    expect(fresh[1]![0]).toBe(590);
  });

  it('steps come in document order, not grouped by element kind', async () => {
    const xml = buildIflw({
      participants: [sender],
      messageFlows: [],
      processes: [
        {
          id: 'Process_1',
          name: 'Integration Process',
          participant: 'Participant_Process_1',
          bounds: [250, 60, 800, 220],
          elements: [
            start(),
            script('CallActivity_1', 'A', 'a.js', [400, 128]),
            end(),
            script('CallActivity_2', 'B', 'b.js', [560, 128]),
          ],
          links: [],
        },
      ],
    });
    const { flow } = await importIflw(xml, 'order.iflw');
    expect(flow.process.steps.map((s) => s.id)).toEqual([
      'StartEvent_2',
      'CallActivity_1',
      'EndEvent_2',
      'CallActivity_2',
    ]);
  });
});
