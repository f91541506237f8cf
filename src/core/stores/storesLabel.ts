import type { FlowStores } from './types';

/** Which store a step used, as the trace says it. */
export const storesLabel = (kind: FlowStores['kind']): string =>
  kind === 'tenant'
    ? "tenant's store"
    : kind === 'simulation'
      ? "simulation's own store"
      : "this run's own store";
