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

export function errorText(error: unknown): string {
  if (error instanceof IsnadMessageError && KNOWN[error.remoteName]) return t(KNOWN[error.remoteName]);
  // "Could not reach the corpus: <why>": the background's message says what still works.
  if (error instanceof IsnadMessageError && error.remoteName === 'StorageUnavailable') return t('stateError', error.message);
  return t('errorGeneric', error instanceof Error ? error.message : String(error));
}
