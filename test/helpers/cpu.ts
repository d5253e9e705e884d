// A bound on how long a regex or a scan takes, for the tests that guard against catastrophic backtracking and
// quadratic passes. Wall time failed them under load (a landing beside five other engineers' test runs took a
// 0.3 s check to 2.1 s); the calling thread's own CPU time does not grow with the machine's load. Linux /proc; wall
// time where it is absent. The bounds stay far below what the guarded slow paths took (seconds to minutes).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

/** Starts a clock; its result gives the milliseconds since: the thread's CPU time where the system tells it. */
export function cpuClock(): () => number {
  const cpu0 = threadCpuMs();
  const wall0 = performance.now();
  return () => {
    const cpu = cpu0 === null ? null : threadCpuMs();
    return cpu === null || cpu0 === null ? performance.now() - wall0 : cpu - cpu0;
  };
}

/** How loaded the machine is: the one-minute load average per core, at least 1 (wall-clock budgets scale by it). */
export function loadFactor(): number {
  return Math.max(1, (loadavg()[0] ?? 0) / cpus().length);
}
