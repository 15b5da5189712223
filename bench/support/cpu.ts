import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; null where unreadable. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU used by named processes between `start()` and `stop()`: where a machine's cores went while
 * a benchmark measured (seconds, and the share of one core over the wall time).
 */
export class CpuAccount {
  private readonly before = new Map<string, number>();
  private startedAt = 0;

  constructor(readonly processes: Record<string, number>) {}

  start(): void {
    this.startedAt = performance.now();
    for (const [name, pid] of Object.entries(this.processes)) this.before.set(name, cpuSeconds(pid) ?? 0);
  }

  stop(): { wallSeconds: number; byProcess: Record<string, { cpuSeconds: number; cores: number }> } {
    const wallSeconds = (performance.now() - this.startedAt) / 1000;
    const byProcess: Record<string, { cpuSeconds: number; cores: number }> = {};
    for (const [name, pid] of Object.entries(this.processes)) {
      const used = (cpuSeconds(pid) ?? 0) - (this.before.get(name) ?? 0);
      byProcess[name] = { cpuSeconds: Math.round(used * 10) / 10, cores: Math.round((used / wallSeconds) * 100) / 100 };
    }
    return { wallSeconds: Math.round(wallSeconds * 10) / 10, byProcess };
  }
}
