/**
 * Sending and answering protocol messages. Handlers are a map from message
 * name to function; the listener checks the sender before calling one, and
 * carries thrown errors back to the caller as `IsnadMessageError`.
 */
import { browser, extensionOrigin, type Runtime } from './browser.ts';
import type {
  Answer, AnswerOf, BackgroundMessage, ContentMessage, Envelope, MessageName, RequestOf,
} from './protocol.ts';
import { requestProblem } from './validate.ts';

export type Sender = Runtime.MessageSender;

export class IsnadMessageError extends Error {
  constructor(message: string, readonly remoteName: string, readonly messageName: string) {
    super(message);
    this.name = 'IsnadMessageError';
  }
}

function unwrap<N extends MessageName>(name: N, answer: unknown): AnswerOf<N> {
  const a = answer as Answer<AnswerOf<N>> | undefined;
  if (!a || typeof a !== 'object' || !('ok' in a)) {
    throw new IsnadMessageError(`no answer to ${name}`, 'NoAnswer', name);
  }
  if (!a.ok) throw new IsnadMessageError(a.error.message, a.error.name, name);
  return a.value;
}

/** Asks the background (from a content script, the popup or the options page). */
export async function askBackground<N extends BackgroundMessage>(name: N, payload: RequestOf<N>): Promise<AnswerOf<N>> {
  const envelope: Envelope<N> = { isnad: name, payload };
  return unwrap(name, await browser.runtime.sendMessage(envelope));
}

/** Asks the content script of one tab (from the background or the popup). */
export async function askTab<N extends ContentMessage>(tabId: number, name: N, payload: RequestOf<N>): Promise<AnswerOf<N>> {
  const envelope: Envelope<N> = { isnad: name, payload };
  return unwrap(name, await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
}

/** A sender is one of Isnad's own content scripts: our id, in a tab, on a web page. */
export function isOwnContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined
    && typeof sender.url === 'string' && /^https?:/.test(sender.url);
}

/** A sender is one of Isnad's own pages (popup, options), never a web page. */
export function isOwnPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string'
    && sender.url.startsWith(extensionOrigin());
}

export type Handlers<N extends MessageName> = {
  [K in N]: (payload: RequestOf<K>, sender: Sender) => AnswerOf<K> | Promise<AnswerOf<K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).isnad === 'string';
}

function errorAnswer(error: unknown): Answer<never> {
  const e = error instanceof Error ? error : new Error(String(error));
  return { ok: false, error: { name: e.name, message: e.message } };
}

/** The error a refused sender or a malformed request gets back. */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequest';
}

/**
 * Answers the messages in `handlers`. `accepts` decides per message whether
 * the sender may ask it, and every payload is checked against its shape
 * (validate.ts) before the handler sees it; refused senders and malformed
 * requests get an error answer. Messages that are not ours, or not
 * handled here, are left for other listeners. Returns a function that stops
 * listening.
 */
export function serve<N extends MessageName>(
  handlers: Handlers<N>,
  accepts: (name: N, sender: Sender) => boolean,
  signal?: AbortSignal,
): () => void {
  const listener = (message: unknown, sender: Sender): Promise<Answer<unknown>> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.isnad)) return undefined;
    const name = message.isnad as N;
    if (!accepts(name, sender)) {
      return Promise.resolve(errorAnswer(new InvalidRequestError(`sender may not ask ${name}`)));
    }
    const problem = requestProblem(name, message.payload);
    if (problem) return Promise.resolve(errorAnswer(new InvalidRequestError(`${name}: ${problem}`)));
    const handler = handlers[name] as (payload: unknown, sender: Sender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then((value) => ({ ok: true as const, value }), errorAnswer);
  };
  browser.runtime.onMessage.addListener(listener);
  const stop = () => browser.runtime.onMessage.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
