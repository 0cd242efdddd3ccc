import { readdirSync, readFileSync } from 'node:fs';

/** A process of a target, by what it runs. */
export interface WatchedProcess {
  readonly label: string;
  readonly pid: number;
}

/** Returns the resident set size (VmRSS) of a process in bytes, or 0 when it is gone. */
export function residentBytes(pid: number): number {
  return statusField(pid, 'VmRSS');
}

/** Returns the peak resident set size of a process over its life so far (VmHWM) in bytes, or 0 when it is gone. */
export function peakResidentBytes(pid: number): number {
  return statusField(pid, 'VmHWM');
}

function statusField(pid: number, field: string): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Returns the pids of every descendant of `pid` (children, grandchildren, …), read from /proc. */
export function descendantPids(pid: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      // The parent pid is the 2nd field after the command name, which may itself hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of childrenOf.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/** Returns the command line of a process as its arguments, empty when it is gone. */
export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * Samples the resident memory of some processes every `intervalMs` until
 * stopped, and returns the largest sample of each label in bytes (processes
 * sharing a label are added up). Sampling
 * rather than VmHWM gives the peak of one measurement window, not of the
 * whole life of the process.
 */
export function sampleResidentMemory(processes: readonly WatchedProcess[], intervalMs = 100): { stop(): Map<string, number> } {
  const peaks = new Map(processes.map((watched) => [watched.label, 0]));
  const sample = () => {
    const now = new Map<string, number>();
    for (const { label, pid } of processes) {
      now.set(label, (now.get(label) ?? 0) + residentBytes(pid));
    }
    for (const [label, bytes] of now) {
      peaks.set(label, Math.max(peaks.get(label) ?? 0, bytes));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}
