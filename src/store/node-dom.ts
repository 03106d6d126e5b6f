/**
 * Node's stand-in for the browser's DOMParser (linkedom), for the command
 * line and tests. Node-only: the extension passes the real DOMParser.
 */
import { DOMParser } from 'linkedom';
import type { ParseHtml } from './html-article.ts';

export const parseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
