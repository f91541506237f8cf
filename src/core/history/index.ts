export * from './history';
export * from './packForStorage';
export * from './packHistory';
