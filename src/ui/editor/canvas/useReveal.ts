import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { findElement } from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { focusNode } from '../editorUi';

/**
 * Selects an element and brings it into view: a node is fitted, a connection is fitted with
 * both of its ends, and a node gets the keyboard focus (unless `focus` is false: something else,
 * such as the script editor, takes it). Used by the problems panel.
 */
export function useReveal() {
  const { fitView } = useReactFlow();
  return useCallback(
    (id: string, focus = true) => {
      const { flow, select } = editorStore.getState();
      if (!flow) return;
      const found = findElement(flow, id);
      if (!found) return;
      select([id]);
      const nodes =
        found.kind === 'sequenceFlow' || found.kind === 'messageFlow'
          ? [{ id: found.element.source }, { id: found.element.target }]
          : [{ id }];
      void fitView({ nodes, duration: 300, padding: 0.4, maxZoom: 1.2 });
      // Move keyboard focus to a revealed node so the user can act on it right away.
      if (focus && (found.kind === 'step' || found.kind === 'participant')) focusNode(id);
    },
    [fitView],
  );
}
