import { useCallback } from 'react';
import type { CommandName, CommandPayloads } from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { alertError } from '../../shell/notify';

/**
 * Dispatches an edit from a form field with coalesce key `${id}:${field}`, so a burst of typing
 * in one field is one undo step. A refusal is shown (never swallowed).
 */
export function dispatchEdit<N extends CommandName>(
  name: N,
  payload: CommandPayloads[N],
  key: string,
): string[] | null {
  const r = editorStore.getState().dispatch(name, payload, { coalesceKey: key });
  if (!r.ok) {
    alertError(r.error);
    return null;
  }
  return r.created;
}

export function usePropertyEdit() {
  return useCallback(dispatchEdit, []);
}
