import { checkFlowId, checkName, deriveFlowId } from '../../core/workspace';

/** The flow dialog's form state; `idTouched` stops live derivation once the user edits the ID. */
export interface FlowFormValues {
  name: string;
  id: string;
  description: string;
  idTouched: boolean;
}

export function emptyFlowForm(): FlowFormValues {
  return { name: '', id: '', description: '', idTouched: false };
}

/** New name typed: a new flow's ID follows it (made unique) until the user edits the ID. */
export function withFlowName(
  v: FlowFormValues,
  name: string,
  takenIds: readonly string[],
): FlowFormValues {
  if (v.idTouched) return { ...v, name };
  return { ...v, name, id: name.trim() ? deriveFlowId(name, takenIds) : '' };
}

export interface FlowFormErrors {
  name?: string;
  id?: string;
}

/** Inline errors; `takenIds` is undefined for an existing flow, whose ID never changes. */
export function validateFlowForm(
  v: FlowFormValues,
  takenIds: readonly string[] | undefined,
): FlowFormErrors {
  const errors: FlowFormErrors = {};
  const name = checkName(v.name);
  if (name) errors.name = name;
  const id = takenIds && checkFlowId(v.id.trim(), takenIds);
  if (id) errors.id = id;
  return errors;
}
