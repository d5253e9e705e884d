// The library's entry for runtimes that cannot require() ES modules (package.json exports: "module-sync", which only
// such runtimes lack, is index.js). What index.js loads on first use with require() -- remark for the first Markdown
// document, the validating pack loader with zod -- is imported here up front, as the library did before it was lazy.
import './parse/markdown-eager.js';
import * as loader from './rules/loader.js';
import { useLoader } from './pack-loader.js';

useLoader(loader);

export * from './index.js';
