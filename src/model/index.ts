export * from './source.js';
export * from './clause.js';
export * from './tag.js';
export * from './finding.js';
export * from './facts.js';
export * from './problem.js';
export * from './report.js';
export * from './memo.js';
