// The validating pack loader (rules/loader.ts, which loads zod) for the library's loadPack, loaded on its first call
// with require(), which loads ES modules where the runtime can (Node.js >= 20.19 / 22.12). Elsewhere the package's
// entry for such runtimes (index-eager.ts) imports it and hands it over (useLoader). No top-level await: the library
// must stay loadable with require() (ERR_REQUIRE_ASYNC_MODULE). Run from the TypeScript sources there is no loader.js
// to require: tests load packs through rules/index.ts.
import { createRequire } from 'node:module';
import type * as Loader from './rules/loader.js';

let loader: typeof Loader | undefined;

/** The loader, imported by the caller (index-eager.ts). */
export function useLoader(imported: typeof Loader): void {
  loader ??= imported;
}

export function validatingLoader(): typeof Loader {
  return (loader ??= createRequire(import.meta.url)('./rules/loader.js') as typeof Loader);
}
