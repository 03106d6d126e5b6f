/**
 * CPU profiles of the harness page (DevTools Profiler), summarised as the
 * functions that took the most time, so a missed target comes with the
 * profile that shows where the time went. The raw profile can be saved
 * and opened in Chrome DevTools.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

export interface ProfileLine {
  /** Function name and bundle line (the harness bundle is not minified). */
  name: string;
  selfMs: number;
  totalMs: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Largest self times: where the CPU actually was. */
  self: ProfileLine[];
  /** Largest inclusive times of named functions: which steps cost what. */
  inclusive: ProfileLine[];
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export function summarizeProfile(profile: { nodes: Node[]; samples?: number[]; timeDeltas?: number[] }, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? ` ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}` : ''}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (profile.timeDeltas?.[i] ?? 0) / 1000;
    total += dt;
    const leaf = byId.get(id)!;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!n.callFrame.functionName) continue;
      const k = label(n);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  });
  const lines = (m: Map<string, number>) => [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, selfMs: self.get(name) ?? 0, totalMs: incl.get(name) ?? ms, share: ms / total }));
  return { totalMs: total, self: lines(self), inclusive: lines(incl) };
}

/** Runs `work` under the sampling profiler of the page behind `cdp`. */
export async function profileDuring<T>(cdp: CDPSession, work: () => Promise<T>, saveTo?: string): Promise<{ result: T; profile: ProfileSummary }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const stop = async () => (await cdp.send('Profiler.stop')).profile;
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await stop();
    throw error;
  }
  const profile = await stop();
  if (saveTo) writeFileSync(saveTo, JSON.stringify(profile));
  return { result, profile: summarizeProfile(profile as never) };
}
