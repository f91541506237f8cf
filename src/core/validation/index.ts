export * from './problem';
export { validateFlow, problemsFor } from './validateFlow';
