import { useCallback, useEffect, useRef, useState } from 'react';
import type { SampleMessage } from '../../core/model/flow';
import type { Message } from '../../core/model/message';
import type { RunScriptResult } from '../../core/script/types';
import { withCpiDefaults } from '../../core/script/withCpiDefaults';
import { getSandbox } from '../../sandbox/client';
import { RunSequencer } from './runSequencer';

/** Re-run this long after the last edit of the script or the sample (the issue asks ≤ 300 ms). */
export const RUN_DELAY_MS = 250;

export interface PreviewInput {
  source: string | null;
  functionName: string;
  fileName: string;
  /** The script's language (Groovy is translated in the sandbox). */
  language?: 'javascript' | 'groovy';
  sample: SampleMessage;
  timeMs: number;
  memoryBytes: number;
}

/** A finished run and the input message it ran on (the diff compares against this one). */
export interface PreviewRun {
  input: Message;
  result: RunScriptResult;
  /** The script text the run used (the editor writes it to the flow once this result paints). */
  source: string;
  /** Sequence number of the run; `ifs-preview-start-<seq>` marks when it started. */
  seq: number;
}

/**
 * "Running…" shows only for a run still going after this long: a quick run (most of them) then
 * costs one render of the editor (its result) instead of two, and the status does not flicker.
 */
export const RUNNING_HINT_MS = 150;

/** Name of the performance measure from a run's start to its result painted (bench aid). */
export const PREVIEW_LATENCY_MEASURE = 'ifs-preview-latency';

const toMessage = (s: SampleMessage): Message => ({
  body: s.body,
  headers: { ...s.headers },
  properties: { ...s.properties },
});

/**
 * Runs the script on the sample in the sandbox worker, debounced after every change; results
 * are sequenced so an older run never replaces a newer one. The UI never waits on a run.
 */
export function useLivePreview(input: PreviewInput) {
  const { source, functionName, fileName, sample, timeMs, memoryBytes, language } = input;
  const [run, setRun] = useState<PreviewRun | null>(null);
  const [running, setRunning] = useState(false);
  const sequencer = useRef(new RunSequencer());
  // One message processing log id per open editor, as CPI gives one per exchange.
  const [logId] = useState(
    () => `preview-${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`,
  );

  const superseded = useRef<AbortController | null>(null);
  const hint = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const runNow = useCallback(() => {
    if (source === null) return;
    const seq = sequencer.current.next();
    performance.mark(`ifs-preview-start-${seq}`);
    // The sandbox runs one script at a time: drop a still-queued older run instead of waiting for it.
    superseded.current?.abort();
    const controller = new AbortController();
    superseded.current = controller;
    // The properties CPI sets on every exchange (scripts read them) are in the preview too.
    const message = withCpiDefaults(toMessage(sample), { now: Date.now(), id: logId });
    clearTimeout(hint.current);
    hint.current = setTimeout(() => setRunning(sequencer.current.pending), RUNNING_HINT_MS);
    const finish = (result: RunScriptResult | null) => {
      if (result && sequencer.current.accept(seq)) setRun({ input: message, result, seq, source });
      if (sequencer.current.pending) return; // a newer run is still going: its hint stands
      clearTimeout(hint.current);
      setRunning(false);
    };
    getSandbox()
      .run(
        { source, functionName, fileName, message, limits: { timeMs, memoryBytes }, language },
        { signal: controller.signal },
      )
      .then(finish, (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return finish(null);
        finish({
          message,
          logs: [],
          messageLog: { properties: {}, attachments: [] },
          error: { type: 'SandboxError', message: e instanceof Error ? e.message : String(e) },
          durationMs: 0,
        });
      });
  }, [source, functionName, fileName, sample, timeMs, memoryBytes, logId, language]);

  useEffect(
    () => () => {
      superseded.current?.abort();
      clearTimeout(hint.current);
    },
    [],
  );

  useEffect(() => {
    const timer = setTimeout(runNow, RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [runNow]);

  return { run, running, runNow };
}
