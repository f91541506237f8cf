import { useState } from 'react';
import { dispatchEdit } from './properties/usePropertyEdit';

export const FLOW_NAME_NEEDED = 'A flow needs a name';

/**
 * The flow's name as a field shows it (the editor header and the flow's properties). Typed text
 * renames the flow; an emptied name stays in the field, marked (a refused rename would put the
 * old name back under the cursor), while the flow keeps its name, which returns on leaving.
 */
export function useFlowNameDraft(name: string) {
  const [empty, setEmpty] = useState<string | null>(null);
  return {
    value: empty ?? name,
    invalid: empty !== null,
    change(text: string) {
      setEmpty(text.trim() ? null : text);
      if (text.trim()) dispatchEdit('flow.rename', { name: text }, 'flow:name');
    },
    leave: () => setEmpty(null),
  };
}
