export * from './suppression';
export * from './distribution';
export * from './outcomes';
export * from './caseload';
export * from './municipal';
export * from './municipal-sections';
export * from './outcome-measures';
