import type {
  Flow,
  Point,
  SampleMessage,
  ScriptResource,
  Size,
  TestCase,
  FlowSettings,
} from '../model/flow';

/** What copy/cut put on the clipboard: a self-contained slice of a flow. */
export interface ClipboardData {
  kind: 'ifs-clipboard';
  participants: Flow['participants'];
  steps: Flow['process']['steps'];
  sequenceFlows: Flow['process']['sequenceFlows'];
  messageFlows: Flow['messageFlows'];
  /**
   * The script resources the copied steps point at, so a paste into another flow brings them
   * along. Optional: clipboards made before this field existed still paste.
   */
  scripts?: ScriptResource[];
}

/**
 * Where auto-layout puts things: positions of participants (absolute) and steps (relative to the
 * pool or their subprocess), sizes of subprocesses and of the pool. Missing elements keep theirs.
 */
export interface FlowArrangement {
  participants: { id: string; position: Point }[];
  steps: { id: string; position: Point; size?: Size }[];
  process: { position?: Point; size?: Size };
}

/**
 * Every edit of a flow is one of these named commands. A command is a pure function
 * (flow, payload) → flow, guarded by the connection rules; it throws CommandError with a
 * user-facing reason when refused.
 */
export interface CommandPayloads {
  /** Adds a step, or a participant when type is "sender"/"receiver". `id` lets callers know it. */
  'element.add': { type: string; position: Point; parentId?: string; id?: string; name?: string };
  /** Moves elements (participants, steps, the process pool) to absolute/relative positions. */
  'element.move': { moves: { id: string; position: Point }[] };
  /** Deletes elements and links; deleting an element deletes its links. Start/End may be deleted. */
  'element.delete': { ids: string[] };
  'element.rename': { id: string; name: string };
  /** Replaces a step's config (already merged by the caller). */
  'step.configure': { id: string; config: Record<string, unknown> };
  /**
   * Connects two elements. Step → step makes a sequence flow; Sender → Start or step → Receiver
   * makes a message flow and needs `adapterType`.
   */
  'link.connect': { source: string; target: string; adapterType?: string; id?: string };
  'link.configure': { id: string; name?: string; config?: Record<string, unknown> };
  /**
   * Inserts a step into a sequence flow: the flow keeps its id, name and config and ends at the
   * step; a new one goes from the step to the old target (returned in `created`).
   */
  'link.split': { id: string; stepId: string };
  /** Sets the adapter type and/or config of a message flow. */
  'adapter.configure': { id: string; type?: string; config?: Record<string, unknown> };
  'process.resize': { size: Size; position?: Point };
  /**
   * Resizes a container step (Exception Subprocess); `position` is relative to the pool. It must
   * still enclose its children; the pool grows when the container no longer fits in it.
   */
  'step.resize': { id: string; size: Size; position?: Point };
  'process.rename': { name: string };
  /** Pastes a clipboard slice with new ids, shifted by offset. Returns ids via result.created. */
  'elements.paste': { clipboard: ClipboardData; offset: Point };
  'elements.duplicate': { ids: string[] };
  /**
   * Applies an auto-layout as one undo step. The arrangement comes from the async
   * `computeLayout(flow)` (src/core/layout), which loads the layout engine lazily.
   */
  'flow.arrange': FlowArrangement;
  'flow.rename': { name?: string; description?: string };
  'flow.settings': { settings: Partial<FlowSettings> };
  /**
   * Sets the values of externalised parameters (CPI's Configure). Names not given keep theirs;
   * `remove` drops names from the flow (unused ones).
   */
  'flow.parameters': { values: Record<string, string>; remove?: string[] };
  'script.create': { name: string; content?: string };
  'script.rename': { from: string; to: string };
  'script.delete': { name: string };
  'script.edit': { name: string; content: string };
  /** A new XSLT stylesheet in the flow's mapping folder (file name, e.g. "Orders.xsl"). */
  'stylesheet.create': { name: string; content?: string };
  'stylesheet.edit': { name: string; content: string };
  'sample.set': { stepId: string; sample: SampleMessage };
  'testCase.save': { testCase: TestCase };
  'testCase.delete': { id: string };
}

export type CommandName = keyof CommandPayloads;

export interface CommandOutcome {
  flow: Flow;
  /** Ids of elements the command created (add, connect, paste, duplicate). */
  created: string[];
}

export class CommandError extends Error {
  override name = 'CommandError';
}

export type DispatchResult = { ok: true; created: string[] } | { ok: false; error: string };

export interface DispatchOptions {
  /**
   * Consecutive commands with the same key (within a short window) form one undo step:
   * a burst of typing in one field, one drag.
   */
  coalesceKey?: string;
}
