export * from './order';
export * from './print-layout';
export * from './reflection';
export * from './team-session';
