/**
 * What the tests counted, for the table printed at the end of the run. Each
 * test file writes its own JSON file (files run in separate processes);
 * the table reporter merges them: `add` values are summed, `peak` values
 * take the maximum, `note` keeps the last text per key.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { COUNTERS } from './paths.ts';

export interface CounterFile {
  sums: Record<string, number>;
  peaks: Record<string, number>;
  notes: Record<string, string>;
}

const state: CounterFile = { sums: {}, peaks: {}, notes: {} };
let file = '';

function save(): void {
  if (!file) {
    const testPath = expect.getState().testPath ?? `unknown-${process.pid}`;
    file = join(COUNTERS, `${basename(testPath)}.json`);
    mkdirSync(COUNTERS, { recursive: true });
  }
  writeFileSync(file, JSON.stringify(state, null, 1));
}

/** Adds `n` to a summed counter (e.g. 'payloads.executed'). */
export function add(key: string, n = 1): void {
  state.sums[key] = (state.sums[key] ?? 0) + n;
  save();
}

/** Keeps the largest value seen (e.g. 'tasks.longestIsnadMs'). */
export function peak(key: string, value: number): void {
  state.peaks[key] = Math.max(state.peaks[key] ?? Number.NEGATIVE_INFINITY, value);
  save();
}

/** Declares counters that must show 0 rather than "not measured" once this file ran. */
export function zero(...keys: string[]): void {
  for (const key of keys) add(key, 0);
}

export function note(key: string, text: string): void {
  state.notes[key] = text;
  save();
}
