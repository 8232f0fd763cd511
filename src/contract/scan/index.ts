export * from './instrument';
export * from './instrument-file';
export * from './answers';
export * from './views';
