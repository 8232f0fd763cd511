export * from './types';
export * from './labels';
export * from './household';
export * from './profile';
export * from './change';
export * from './poverty-type';
export * from './stored-scores';
