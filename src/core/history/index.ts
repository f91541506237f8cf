export * from './history';
export * from './trimForStorage';
