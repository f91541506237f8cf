import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newFlow } from '../../../core/model/factory';
import { editorStore } from '../../../store/editorStore';
import { noticeStore } from '../../shell/notify';
import { editorUi } from '../editorUi';
import { connectFromPanel, removeLink } from './connectFromPanel';

const texts = () => noticeStore.getState().notices.map((n) => `${n.kind}: ${n.text}`);
const tick = () => new Promise((r) => setTimeout(r, 5));

function open() {
  editorStore.getState().open(newFlow({ id: 'F', name: 'Flow' }), 'P');
  const r = editorStore
    .getState()
    .dispatch('element.add', { type: 'script', position: { x: 300, y: 20 } });
  if (!r.ok) throw new Error(r.error);
  const flow = editorStore.getState().flow!;
  return {
    sender: flow.participants.find((p) => p.kind === 'sender')!.id,
    start: flow.process.steps.find((s) => s.type === 'startEvent')!.id,
    end: flow.process.steps.find((s) => s.type === 'endEvent')!.id,
    script: flow.process.steps.find((s) => s.type === 'script')!.id,
    startToEnd: flow.process.sequenceFlows[0]!.id,
  };
}

describe('connectFromPanel', () => {
  beforeEach(() => {
    editorStore.getState().close();
    noticeStore.setState({ notices: [] });
    editorUi.setState({ pendingAdapter: null });
  });
  afterEach(() => editorUi.setState({ pendingAdapter: null }));

  it('creates a sequence flow, selects it, announces it; one undo removes it', () => {
    const e = open();
    const created: string[] = [];
    connectFromPanel(e.script, e.end, (id) => created.push(id));
    const flow = editorStore.getState().flow!;
    const link = flow.process.sequenceFlows.find((l) => l.source === e.script)!;
    expect(link.target).toBe(e.end);
    expect(created).toEqual([link.id]);
    expect(editorStore.getState().selection).toEqual([link.id]);
    expect(texts()).toContain('info: Connected: Sequence flow from Script 1 to End');
    editorStore.getState().undo();
    expect(editorStore.getState().flow!.process.sequenceFlows.some((l) => l.id === link.id)).toBe(
      false,
    );
  });

  it('refuses as the canvas does, with the rule’s reason, and creates nothing', () => {
    const e = open();
    const before = editorStore.getState().flow;
    const created: string[] = [];
    connectFromPanel(e.start, e.end, (id) => created.push(id));
    expect(editorStore.getState().flow).toBe(before);
    expect(created).toEqual([]);
    expect(texts()).toEqual(['error: These steps are already connected']);
  });

  it('Sender → Start asks for the adapter type, then announces the message flow', async () => {
    const e = open();
    const created: string[] = [];
    connectFromPanel(e.sender, e.start, (id) => created.push(id));
    expect(editorUi.getState().pendingAdapter).toEqual({
      source: e.sender,
      target: e.start,
      direction: 'sender',
    });
    expect(editorStore.getState().flow!.messageFlows).toEqual([]);
    // What the adapter dialog's HTTPS button does.
    editorUi.setState({ pendingAdapter: null });
    const r = editorStore
      .getState()
      .dispatch('link.connect', { source: e.sender, target: e.start, adapterType: 'HTTPS' });
    if (!r.ok) throw new Error(r.error);
    await tick();
    expect(created).toEqual(r.created);
    expect(texts()).toContain('info: Connected: Message flow HTTPS from Sender to Start');
  });

  it('a cancelled adapter dialog announces nothing', async () => {
    const e = open();
    const created: string[] = [];
    connectFromPanel(e.sender, e.start, (id) => created.push(id));
    editorUi.setState({ pendingAdapter: null });
    await tick();
    expect(created).toEqual([]);
    expect(texts()).toEqual([]);
  });

  it('removeLink deletes one link as one undo step and says which', () => {
    const e = open();
    expect(removeLink(e.startToEnd)).toBe(true);
    expect(editorStore.getState().flow!.process.sequenceFlows).toEqual([]);
    expect(texts()).toEqual(['info: Removed: Sequence flow from Start to End']);
    editorStore.getState().undo();
    expect(editorStore.getState().flow!.process.sequenceFlows.map((l) => l.id)).toEqual([
      e.startToEnd,
    ]);
  });
});
