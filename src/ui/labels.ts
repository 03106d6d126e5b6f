/** Translated names of claim kinds and verdicts. */
import type { ClaimKind } from '../engine/types.ts';
import type { ClaimVerdict } from '../platform/protocol.ts';
import { t, type MessageKey } from '../platform/i18n.ts';

const KIND_KEYS: Record<ClaimKind, MessageKey> = {
  number: 'kindNumber', person: 'kindPerson', place: 'kindPlace', organization: 'kindOrganization', quote: 'kindQuote',
};
const KIND_PLURAL_KEYS: Record<ClaimKind, MessageKey> = {
  number: 'kindNumberPlural', person: 'kindPersonPlural', place: 'kindPlacePlural',
  organization: 'kindOrganizationPlural', quote: 'kindQuotePlural',
};
const VERDICT_KEYS: Record<ClaimVerdict, MessageKey> = {
  agrees: 'verdictAgrees', conflicts: 'verdictConflicts', related: 'verdictRelated', none: 'verdictNone',
  pending: 'verdictPending',
};

export const kindLabel = (kind: ClaimKind) => t(KIND_KEYS[kind]);
export const kindPluralLabel = (kind: ClaimKind) => t(KIND_PLURAL_KEYS[kind]);
export const verdictLabel = (verdict: ClaimVerdict) => t(VERDICT_KEYS[verdict]);
