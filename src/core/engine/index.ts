export * from './types';
export * from './createRun';
export * from './runFlow';
export * from './runTestCase';
export * from './requestToMessage';
export * from './cloneMessage';
export * from './exceptionCaught';
