export * from './types';
export { createFlowStores, STORE_COLLECTIONS } from './flowStores';
