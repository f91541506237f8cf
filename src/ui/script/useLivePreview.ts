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
  sample: SampleMessage;
  timeMs: number;
  memoryBytes: number;
}

/** A finished run and the input message it ran on (the diff compares against this one). */
export interface PreviewRun {
  input: Message;
  result: RunScriptResult;
}

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
  const { source, functionName, fileName, sample, timeMs, memoryBytes } = input;
  const [run, setRun] = useState<PreviewRun | null>(null);
  const [running, setRunning] = useState(false);
  const sequencer = useRef(new RunSequencer());
  // One message processing log id per open editor, as CPI gives one per exchange.
  const [logId] = useState(() => `preview-${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`);

  const runNow = useCallback(() => {
    if (source === null) return;
    const seq = sequencer.current.next();
    // The properties CPI sets on every exchange (scripts read them) are in the preview too.
    const message = withCpiDefaults(toMessage(sample), { now: Date.now(), id: logId });
    setRunning(true);
    const finish = (result: RunScriptResult) => {
      if (sequencer.current.accept(seq)) setRun({ input: message, result });
      setRunning(sequencer.current.pending);
    };
    getSandbox()
      .run({ source, functionName, fileName, message, limits: { timeMs, memoryBytes } })
      .then(finish, (e: unknown) =>
        finish({
          message,
          logs: [],
          messageLog: { properties: {}, attachments: [] },
          error: { type: 'SandboxError', message: e instanceof Error ? e.message : String(e) },
          durationMs: 0,
        }),
      );
  }, [source, functionName, fileName, sample, timeMs, memoryBytes, logId]);

  useEffect(() => {
    const timer = setTimeout(runNow, RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [runNow]);

  return { run, running, runNow };
}
