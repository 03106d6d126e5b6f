/**
 * The benchmark's reading of a page-load trace: a task's microtasks are
 * traced beside its RunTask, and the work Isnad does after each await or
 * yield is in them.
 */
import { describe, expect, it } from 'vitest';
import { taskFigures, tasksOf, type TraceEvent } from '../../bench/node/trace-tasks.ts';

const PAGE = 'http://127.0.0.1:8080/article.html';
const ms = 1000;
const ev = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({ name, cat: 'x', ph: 'X', ts, dur, pid: 1, tid: 1, ...(args ? { args } : {}) });
const task = (ts: number, dur: number) => ev('ThreadControllerImpl::RunTask', ts, dur);
const microtasks = (ts: number, dur: number) => ev('BlinkScheduler_PerformMicrotaskCheckpoint', ts, dur);
const isnad = (ts: number, dur: number) => ev('FunctionCall', ts, dur, { data: { url: 'chrome-extension://abc/content.js' } });

describe('tasksOf', () => {
  it('adds the microtasks right after a task to it', () => {
    const tasks = tasksOf([task(0, 0.05 * ms), microtasks(0.053 * ms, 30 * ms)], 1, 1);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].dur).toBe(30.053 * ms);
  });

  it('keeps microtasks inside a task as part of it, and apart ones as tasks of their own', () => {
    const tasks = tasksOf([task(0, 10 * ms), microtasks(5 * ms, 2 * ms), microtasks(40 * ms, 8 * ms)], 1, 1);
    expect(tasks.map((t) => [t.ts / ms, t.dur! / ms])).toEqual([[0, 10], [40, 8]]);
  });
});

describe('taskFigures', () => {
  it('counts a slice run after a yield as a long task of Isnad', () => {
    const events = [
      ev('ParseHTML', 0, 5 * ms, { data: { url: PAGE } }),
      ev('MarkDOMContent', 6 * ms, 0),
      task(10 * ms, 8 * ms), isnad(11 * ms, 6 * ms),
      task(30 * ms, 12 * ms), isnad(31 * ms, 10 * ms),
      // A yield continuation: its RunTask is tiny, its microtasks hold the thread 55 ms.
      task(60 * ms, 0.02 * ms), microtasks(60.024 * ms, 55 * ms),
    ];
    const f = taskFigures(events, PAGE, 200)!;
    expect(f.longestMs).toBeCloseTo(55.024, 3);
    expect(f.longestIsnadScriptMs).toBeCloseTo(55.024, 3);
    expect(f.over50).toBe(1);
  });
});
