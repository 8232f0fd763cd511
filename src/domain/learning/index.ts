export * from './grade';
