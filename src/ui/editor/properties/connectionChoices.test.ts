import { beforeEach, describe, expect, it } from 'vitest';
import { newFlow } from '../../../core/model/factory';
import { editorStore } from '../../../store/editorStore';
import {
  connectTargets,
  elementLabel,
  linkDescription,
  linksOf,
  whyNoTargets,
} from './connectionChoices';

function openWithScript() {
  editorStore.getState().open(newFlow({ id: 'F', name: 'Flow' }), 'P');
  const r = editorStore
    .getState()
    .dispatch('element.add', { type: 'script', position: { x: 300, y: 20 } });
  if (!r.ok) throw new Error(r.error);
  return editorStore.getState().flow!;
}

const ids = (flow: ReturnType<typeof openWithScript>) => ({
  sender: flow.participants.find((p) => p.kind === 'sender')!.id,
  receiver: flow.participants.find((p) => p.kind === 'receiver')!.id,
  start: flow.process.steps.find((s) => s.type === 'startEvent')!.id,
  end: flow.process.steps.find((s) => s.type === 'endEvent')!.id,
  script: flow.process.steps.find((s) => s.type === 'script')!.id,
});

describe('connectionChoices', () => {
  beforeEach(() => editorStore.getState().close());

  it('labels elements with the canvas wording', () => {
    const flow = openWithScript();
    const e = ids(flow);
    expect(elementLabel(flow, e.script)).toBe('Script step Script 1');
    expect(elementLabel(flow, e.sender)).toBe('Sender participant Sender');
    expect(elementLabel(flow, e.start)).toBe('Start Message step Start');
  });

  it('offers exactly the targets canConnect accepts now', () => {
    const flow = openWithScript();
    const e = ids(flow);
    expect(connectTargets(flow, e.sender)).toEqual([
      { id: e.start, label: 'Start Message step Start' },
    ]);
    // Start already has its one outgoing link (to End): nothing until that link is removed.
    expect(connectTargets(flow, e.start)).toEqual([]);
    editorStore.getState().dispatch('element.delete', { ids: [flow.process.sequenceFlows[0]!.id] });
    const freed = editorStore.getState().flow!;
    expect(connectTargets(freed, e.start).map((t) => t.label)).toEqual([
      'End Message step End',
      'Script step Script 1',
    ]);
    expect(connectTargets(flow, e.script).map((t) => t.label)).toEqual(['End Message step End']);
    expect(connectTargets(flow, e.end)).toEqual([]);
    expect(connectTargets(flow, e.receiver)).toEqual([]);
  });

  it('says why nothing can be connected: the refusal most elements give', () => {
    const flow = openWithScript();
    const e = ids(flow);
    expect(whyNoTargets(flow, e.start)).toBe(
      'A Start event can have only one outgoing sequence flow; remove the existing one first',
    );
    expect(whyNoTargets(flow, e.end)).toBe('An End event cannot have outgoing sequence flows');
    expect(whyNoTargets(flow, e.receiver)).toMatch(/A Receiver cannot start a connection/);
  });

  it('lists outgoing then incoming links with their canvas descriptions', () => {
    const flow = openWithScript();
    const e = ids(flow);
    const seq = flow.process.sequenceFlows[0]!;
    expect(linksOf(flow, e.start)).toEqual([
      {
        linkId: seq.id,
        direction: 'outgoing',
        otherName: 'End',
        description: 'Sequence flow from Start to End',
      },
    ]);
    expect(linksOf(flow, e.end)).toEqual([
      {
        linkId: seq.id,
        direction: 'incoming',
        otherName: 'Start',
        description: 'Sequence flow from Start to End',
      },
    ]);
    expect(linksOf(flow, e.script)).toEqual([]);
    expect(linkDescription(flow, 'nope')).toBeNull();
  });
});
