// remark loaded by import, for runtimes that cannot require() ES modules (Node.js < 20.19, 22.0-22.11): importing this
// module before the first Markdown document gives markdown.ts its parser. The library's entry for those runtimes
// (index-eager.ts) and the CLI (where process.features.require_module is false) import it.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { useMarkdownModules } from './markdown.js';

useMarkdownModules({ unified, remarkParse });
