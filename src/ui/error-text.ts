/** A translated sentence for an error that came back from the background. */
import { IsnadMessageError } from '../platform/messaging.ts';
import { t, type MessageKey } from '../platform/i18n.ts';

const KNOWN: Record<string, MessageKey> = {
  PrivateTab: 'errorPrivateTab',
  ContentScriptUnavailable: 'errorContentScriptUnavailable',
  NothingToAdd: 'errorNothingToAdd',
  ImportInterrupted: 'errorImportInterrupted',
  ExportInterrupted: 'errorExportInterrupted',
};

/**
 * Wraps text of the other direction (the background's English reasons, a
 * file's contents) in Unicode isolates, so it cannot reorder the Arabic
 * sentence around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function errorText(error: unknown): string {
  if (error instanceof IsnadMessageError && KNOWN[error.remoteName]) return t(KNOWN[error.remoteName]);
  // "Could not reach the corpus: <why>": the background's message says what still works.
  if (error instanceof IsnadMessageError && error.remoteName === 'StorageUnavailable') return t('stateError', isolate(error.message));
  return t('errorGeneric', isolate(error instanceof Error ? error.message : String(error)));
}
