export * from './order';
export * from './print-layout';
