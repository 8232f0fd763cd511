export * from './decisions';
export * from './offer';
