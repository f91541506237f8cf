import type { AdapterTypeDef } from '../registry/types';
import { httpsSenderAdapter } from './https';
import { httpReceiverAdapter } from './httpReceiver';
import { genericReceiverAdapter, genericSenderAdapter } from './generic';

/** Every adapter type. Add new adapters here (one folder each). */
export const adapterTypes: AdapterTypeDef[] = [
  httpsSenderAdapter as unknown as AdapterTypeDef,
  httpReceiverAdapter as unknown as AdapterTypeDef,
  genericSenderAdapter as unknown as AdapterTypeDef,
  genericReceiverAdapter as unknown as AdapterTypeDef,
];

export function getAdapterType(type: string): AdapterTypeDef | undefined {
  return adapterTypes.find((a) => a.type === type);
}

export function adapterTypesFor(direction: 'sender' | 'receiver'): AdapterTypeDef[] {
  return adapterTypes.filter((a) => a.direction === direction && !a.readOnly);
}
