/**
 * What the UI falls back on when the browser's storage fails, and how it
 * shows reasons written in another direction (issue 6).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'isnad-id' },
    storage: { local: { get: () => Promise.reject(new Error('IndexedDB unavailable')) } },
    i18n: { getMessage: (key: string, subs: string[] = []) => (key === 'stateError' ? `تعذر الوصول إلى المجموعة: ${subs[0]}` : `${key} ${subs[0] ?? ''}`) },
  },
}));
const { getSettings, DEFAULT_SETTINGS } = await import('../../src/platform/settings.ts');
const { errorText } = await import('../../src/ui/error-text.ts');
const { IsnadMessageError } = await import('../../src/platform/messaging.ts');

describe('storage failures', () => {
  it('settings fall back to the defaults when storage cannot be read (Firefox keeps them in IndexedDB)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('an English reason inside an Arabic sentence is isolated, so it cannot reorder the sentence', () => {
    const text = errorText(new IsnadMessageError('IndexedDB is off (UnknownError: x).', 'StorageUnavailable', 'ui-to-background:corpus-stats'));
    expect(text).toBe('تعذر الوصول إلى المجموعة: \u2068IndexedDB is off (UnknownError: x).\u2069');
  });
});
