// Rule packs: load, validate, evaluate. PLACEHOLDER until the rules stage lands.
import type { Finding } from '../model/index.js';
import type { Analysis } from '../analysis.js';

export interface LoadedPack {
  readonly id: string;
  readonly version: string;
  readonly rules: readonly unknown[];
}

export function loadBuiltinPacks(): LoadedPack[] {
  return [];
}

export async function evaluate(_analysis: Analysis, _packs: readonly LoadedPack[]): Promise<Finding[]> {
  return [];
}
