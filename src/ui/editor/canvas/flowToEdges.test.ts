import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../core/commands';
import { importIflw } from '../../../core/io/cpi';
import { helloWorldIflw } from '../../../core/io/cpi/fixtures/iflwBuilder';
import { createEdgeMapper } from './flowToEdges';

/** Hello World whose Start → Script link CPI drew with a bend at (380, 200). */
const bent = () =>
  helloWorldIflw().replace(
    '</bpmndi:BPMNPlane>',
    '<bpmndi:BPMNEdge bpmnElement="SequenceFlow_3" id="BPMNEdge_SequenceFlow_3" sourceElement="BPMNShape_StartEvent_2" targetElement="BPMNShape_CallActivity_1"><di:waypoint x="308.0" xsi:type="dc:Point" y="158.0"/><di:waypoint x="380.0" xsi:type="dc:Point" y="200.0"/><di:waypoint x="490.0" xsi:type="dc:Point" y="158.0"/></bpmndi:BPMNEdge></bpmndi:BPMNPlane>',
  );

const none = new Set<string>();

describe('imported links on the canvas', () => {
  it("are drawn through CPI's bends while their ends stay put, and routed once one moves", () => {
    const { flow } = importIflw(bent(), 'bent.iflw');
    const map = createEdgeMapper();
    const edges = map(flow, none, none);
    const bentEdge = edges.find((e) => e.id === 'SequenceFlow_3')!;
    expect(bentEdge.type).toBe('bent');
    expect(bentEdge.data?.bends).toEqual([[380, 200]]);
    expect(bentEdge.ariaLabel).toBe('Sequence flow from Start to Script 1');
    // A straight CPI link keeps the canvas's own routing.
    expect(edges.find((e) => e.id === 'SequenceFlow_5')!.type).toBe('smoothstep');

    const script = flow.process.steps.find((s) => s.id === 'CallActivity_1')!;
    const moved = applyCommand(flow, 'element.move', {
      moves: [{ id: script.id, position: { x: script.position.x + 100, y: script.position.y } }],
    }).flow;
    const after = map(moved, none, none).find((e) => e.id === 'SequenceFlow_3')!;
    expect(after.type).toBe('smoothstep');
    expect(after.data?.bends).toBeUndefined();
  });
});
