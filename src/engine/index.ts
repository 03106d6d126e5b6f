/**
 * Isnad's text engine: pure TypeScript, no DOM or browser API, so the same
 * code runs in the extension, the command line, tests and benchmarks.
 */
export type * from './types.ts';
export type * from './match/types.ts';
export { analyzeText, analyzeBlocks } from './analyze.ts';
export { fold, foldText, toOriginal } from './normalize/fold.ts';
export { statementKeys, claimIndexKeys } from './keys/statement-keys.ts';
export { fingerprint, fingerprintOfFolded, similarity, COPY_THRESHOLD } from './match/fingerprint.ts';
export { hashHex } from './keys/hash.ts';
export { matchClaims, overallVerdict } from './match/match-claims.ts';
