export * from './problem';
export { validateFlow, problemsFor } from './validateFlow';
export { describeParameterUse } from './parameterProblems';
