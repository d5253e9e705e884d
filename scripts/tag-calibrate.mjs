#!/usr/bin/env node
// The per-type thresholds are chosen together with the learned weights (on out-of-fold scores), so
// calibrating means retraining: this runs scripts/tag-train.mjs, which writes src/tag/calibration.ts
// and src/tag/learned.generated.ts.
// usage: npm run build && node scripts/tag-calibrate.mjs [split dir]
await import('./tag-train.mjs');
