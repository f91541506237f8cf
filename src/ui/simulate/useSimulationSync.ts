import { useEffect } from 'react';
import { editorStore } from '../../store/editorStore';
import { simulation, warmUpSandbox } from './simulation';

/**
 * While the panel is mounted: show the last run on the canvas, drop it when the flow changes
 * in a way that can change a run, and clear the canvas when the panel closes.
 */
export function useSimulationSync() {
  useEffect(() => {
    simulation.attach(editorStore.getState().flow);
    warmUpSandbox();
    const unsubscribe = editorStore.subscribe((s, prev) => {
      if (s.flow !== prev.flow) simulation.syncFlow(s.flow);
    });
    return () => {
      unsubscribe();
      simulation.detach();
    };
  }, []);
}
