/** The machine and build a benchmark ran on, saved with its figures. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromiumVersion } from './browser.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  chromium: string;
  platform: string;
  /** 1-minute load average at the start and end: other work on a shared machine inflates every figure. */
  loadAverageStart: number;
  loadAverageEnd?: number;
  commit: string;
  /** Uncommitted changes in src/ when the run was made. */
  dirtySrc: boolean;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
    platform: `${process.platform} ${process.arch}`,
    loadAverageStart: Math.round(loadavg()[0] * 100) / 100,
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirtySrc: git(['status', '--porcelain', '--', 'src']).length > 0,
  };
}

export function finishMachine(m: Machine): Machine {
  return { ...m, loadAverageEnd: Math.round(loadavg()[0] * 100) / 100 };
}
