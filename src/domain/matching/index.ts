export * from './matching';
export * from './labels';
