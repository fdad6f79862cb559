/**
 * The shape of every piece of content, one module per concept, all re-exported here so that one
 * import reaches any of them. `src/content.config.ts` wires these to files; tests and `src/lib/`
 * reuse them to validate data that comes from anywhere else.
 * Each schema `XxxSchema` has a matching `type Xxx = z.output<typeof XxxSchema>`.
 * Every concept module imports `./errors`, the one set of friendly messages for zod's checks.
 */
export * from './explainer';
export * from './explainer-facts';
export * from './source';
export * from './quiz';
export * from './timeline';
export * from './person';
export * from './term';
export * from './update';
export * from './page';
export * from './picture';
export * from './profile';
