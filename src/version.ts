import { readFileSync } from 'node:fs';

// Read once from package.json so reports always carry the installed version.
export const TOOL_NAME = 'clausecheck';
export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
