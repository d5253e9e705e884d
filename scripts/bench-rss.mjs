// Preloaded (node --import) into CLI runs by the benchmark: writes the process's peak RSS at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify({ rssMB: (process.resourceUsage().maxRSS * 1024) / 1e6 }));
  });
}
