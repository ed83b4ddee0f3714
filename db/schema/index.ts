export * from './users';
export * from './platform';
export * from './submissions';
export * from './career';
export * from './interviews';
export * from './questions';
export * from './jobs';
export * from './gamification';
