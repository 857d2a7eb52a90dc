export * from './lifecycle';
export * from './lifecycle-messages';
