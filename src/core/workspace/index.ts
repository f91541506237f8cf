export * from './package';
export * from './technicalName';
export * from './flowId';
export * from './packageOps';
export * from './repository';
export * from './memoryRepository';
export * from './useCases';
export * from './importPackageInto';
