import { describe, expect, it, vi } from 'vitest';

// Only the runtime's id and URL matter for sender checks; the polyfill loads only inside an extension.
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { id: 'isnad-id', getURL: (p: string) => `chrome-extension://isnad-id${p}` } },
}));
const { isOwnContentScript, isOwnPage } = await import('../../src/platform/messaging.ts');

const page = { id: 'isnad-id', url: 'chrome-extension://isnad-id/src/popup/index.html?tab=4' };
const content = { id: 'isnad-id', url: 'https://www.aljazeera.net/news/2024/8/12', tab: { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };

describe('sender checks', () => {
  it('accepts Isnad\'s own pages for UI messages, and nothing else', () => {
    expect(isOwnPage(page)).toBe(true);
    expect(isOwnPage(content)).toBe(false);
    expect(isOwnPage({ ...page, id: 'another-extension' })).toBe(false);
    expect(isOwnPage({ id: 'isnad-id', url: 'chrome-extension://another-extension/popup.html' })).toBe(false);
  });

  it('accepts Isnad\'s content scripts on web pages for page messages', () => {
    expect(isOwnContentScript(content)).toBe(true);
    expect(isOwnContentScript(page)).toBe(false);
    expect(isOwnContentScript({ ...content, id: 'another-extension' })).toBe(false);
    expect(isOwnContentScript({ ...content, url: 'file:///home/user/secret.html' })).toBe(false);
  });
});
