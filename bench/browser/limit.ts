/**
 * Candidates per page for every design: the store's default budget for the
 * page's claims, passed to crossReference explicitly so Isnad and the
 * alternatives always match the same number of statements (the default has
 * changed: 300, then 200 per page, now candidateBudget of its claims).
 */
import { candidateBudget } from '../../src/store/cross-reference.ts';
import type { PageQuery } from './page-queries.ts';

export const limitFor = (p: PageQuery) => candidateBudget(p.analysis.claims.length);
