export * from './types';
export * from './snapshot';
export * from './compare';
export * from './describe';
