// Preloaded (node --import) into CLI runs by the benchmark and the hostile tests: writes the process's
// peak RSS and CPU time at exit, so limits can be checked on a machine whose wall clock is shared.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ rssMB: (u.maxRSS * 1024) / 1e6, cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6 }));
  });
}
