import { useEffect } from 'react';
import { useEditor } from '../../store/useEditor';

/** Keeps the tab title on the open flow's name (the editor's own header shows the rest). */
export function useFlowTitle(): void {
  const flowName = useEditor((s) => s.flow?.name ?? '');
  useEffect(() => {
    if (flowName) document.title = `${flowName} · Integration Flow Studio`;
  }, [flowName]);
}
