/**
 * CPU accounting from /proc (Linux): a process tree's CPU time, and the whole machine's, in clock
 * ticks (USER_HZ, 100 per second on Linux), to compute CPU per request and to detect other
 * activity during a measurement.
 */
import { existsSync, readFileSync } from 'node:fs';

export const TICK_US = 10_000; // USER_HZ = 100

/** utime + stime of one process, in ticks; 0 when it is gone. */
function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // fields 14 and 15 of proc(5)
  } catch {
    return 0;
  }
}

/** The pids of a process and its descendants (cluster workers). */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const path = `/proc/${out[i]}/task/${out[i]}/children`;
    if (!existsSync(path)) continue;
    out.push(...readFileSync(path, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  }
  return out;
}

/** CPU ticks used so far by a process and its descendants. */
export function treeTicks(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + ticksOf(p), 0);
}

/** Resident set size of a process tree, in bytes. */
export function treeRss(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb * 1024;
}

/** Busy ticks of the whole machine (all cores) so far. */
export function machineBusyTicks(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [, user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  void idle;
  void iowait;
  return user! + nice! + system! + irq! + softirq! + steal!;
}

/** This process's own CPU so far, in ticks. */
export function selfTicks(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / TICK_US;
}
