import { describe, expect, it, vi } from 'vitest';

// The settings module reaches storage through the polyfill, which only loads inside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { isSiteDisabled, siteOf, DEFAULT_SETTINGS } = await import('../../src/platform/settings.ts');

describe('site settings', () => {
  it('reduces what the user types to a host name', () => {
    expect(siteOf('https://www.aljazeera.net/news/2024/8/12/فيضانات')).toBe('aljazeera.net');
    expect(siteOf('  Alarabiya.NET ')).toBe('alarabiya.net');
    expect(siteOf('not a site at all')).toBe('');
  });

  it('switches a site off with its subdomains, and nothing else', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['aljazeera.net'] };
    expect(isSiteDisabled(settings, 'www.aljazeera.net')).toBe(true);
    expect(isSiteDisabled(settings, 'mubasher.aljazeera.net')).toBe(true);
    expect(isSiteDisabled(settings, 'notaljazeera.net')).toBe(false);
  });
});
