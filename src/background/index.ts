/**
 * Isnad's background: a Chrome service worker or a Firefox event page. It
 * owns the corpus and answers the protocol; listeners are registered at the
 * top level so a stopped worker wakes up for the next message.
 */
import { browser } from '../platform/browser.ts';
import { isOwnContentScript, isOwnPage, serve, type Sender } from '../platform/messaging.ts';
import type { BackgroundMessage } from '../platform/protocol.ts';
import { corpus } from './corpus-access.ts';
import { pageHandlers } from './page-handlers.ts';
import { corpusHandlers } from './corpus-handlers.ts';
import { transferHandlers } from './transfer-handlers.ts';
import { watchTransactionAborts, withStorageErrors } from './storage-errors.ts';

function accepts(name: BackgroundMessage, sender: Sender): boolean {
  if (name.startsWith('content-to-background:')) return isOwnContentScript(sender);
  if (name.startsWith('ui-to-background:')) return isOwnPage(sender);
  return false;
}

watchTransactionAborts();
serve<BackgroundMessage>(withStorageErrors({ ...pageHandlers, ...corpusHandlers, ...transferHandlers }), accepts);

browser.runtime.onInstalled.addListener(({ reason }) => {
  // Seed right away on a fresh install rather than on the first page visit.
  if (reason === 'install') corpus().catch((error) => console.error('Isnad: seeding failed', error));
});
