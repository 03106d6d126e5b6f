/**
 * Errors the background reports on purpose. The `name` crosses the message
 * boundary (see platform/messaging.ts), so the UI can show a translated text.
 */
export type IsnadErrorCode =
  | 'PrivateTab'
  /** The reader switched Isnad off for the page's site: its text is not analysed. */
  | 'SiteOff'
  | 'ContentScriptUnavailable'
  | 'NothingToAdd'
  | 'ImportInterrupted'
  | 'ExportInterrupted'
  | 'StorageFull'
  | 'StorageUnavailable';

export class IsnadError extends Error {
  constructor(readonly code: IsnadErrorCode, message: string = code) {
    super(message);
    this.name = code;
  }
}
