/**
 * UI strings are looked up once per document: each getMessage call crosses
 * into the browser, and a page of hundreds of highlights labels each one.
 */
import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.fn((key: string, subs: string[] = []) => (key === 'missing' ? '' : `${key}(${subs.join(',')})`));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));
const { t } = await import('../../src/platform/i18n.ts');
type Key = Parameters<typeof t>[0];

describe('t', () => {
  it('asks the browser once for a string used again and again', () => {
    for (let i = 0; i < 300; i++) expect(t('verdictAgrees' as Key)).toBe('verdictAgrees()');
    expect(getMessage.mock.calls.filter(([key]) => key === 'verdictAgrees')).toHaveLength(1);
  });

  it('keeps strings with different substitutions apart', () => {
    expect(t('sourcesCount' as Key, 3)).toBe('sourcesCount(3)');
    expect(t('sourcesCount' as Key, 4)).toBe('sourcesCount(4)');
    expect(t('sourcesCount' as Key, '3')).toBe('sourcesCount(3)');
    // Substitutions that would run together as one string stay apart.
    expect(t('pair' as Key, 'a\u0000b', 'c')).toBe('pair(a\u0000b,c)');
    expect(t('pair' as Key, 'a', 'b\u0000c')).toBe('pair(a,b\u0000c)');
  });

  it('falls back to the key for a string the locale lacks', () => {
    expect(t('missing' as Key)).toBe('missing');
  });

  it('stays bounded when every call brings a new substitution', () => {
    for (let i = 0; i < 5000; i++) expect(t('count' as Key, i)).toBe(`count(${i})`);
    const before = getMessage.mock.calls.length;
    expect(t('count' as Key, 4999)).toBe('count(4999)');
    expect(getMessage.mock.calls.length).toBe(before);
  });
});
