// JSON: the versioned report of shared/spec/interface.md, schemaVersion first.
import type { RunReport } from '../model/index.js';

export function formatJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
