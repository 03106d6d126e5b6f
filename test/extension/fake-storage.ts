/**
 * storage.local as the extension API behaves, in memory: get and set, and
 * onChanged telling every listener what changed. For tests that mock
 * webextension-polyfill.
 */
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

export function fakeStorage() {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    local: {
      async get(key: string) {
        return data.has(key) ? { [key]: clone(data.get(key)) } : {};
      },
      async set(items: Record<string, unknown>) {
        const changes: Changes = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: clone(data.get(k)), newValue: clone(v) };
          data.set(k, clone(v));
        }
        for (const l of listeners) l(changes, 'local');
      },
    },
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  };
}
