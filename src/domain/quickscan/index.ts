export * from './scores';
export * from './aggregate';
