export * from './cycle';
export * from './local-picture';
