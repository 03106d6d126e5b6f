/**
 * `npm run eval`: cross-referencing quality on real articles grouped by event
 * (../shared/data, when present; never shipped or committed). For each
 * article, cross-reference it against all the others and compare the
 * articles its claims matched with its group mates. A development measure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { analyzeText, overallVerdict } from '../src/engine/index.ts';
import { Corpus } from '../src/store/corpus.ts';
import { crossReference } from '../src/store/cross-reference.ts';

const DATA = process.env.ISNAD_EVAL_DATA ?? '../shared/data/saudinewsnet-clusters-dev.jsonl';

interface Row {
  cluster_id: string;
  article_id: string;
  source: string;
  url: string;
  title: string;
  content: string;
}

if (!existsSync(DATA)) {
  console.log(`eval: ${DATA} is not present; nothing to evaluate.`);
  process.exit(0);
}
const rows: Row[] = readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const corpus = await Corpus.open({ name: 'isnad-eval', indexedDB: new IDBFactory(), IDBKeyRange });
const ids = await corpus.addArticles(rows.map((r) => ({
  url: r.url || `urn:article:${r.article_id}`, title: r.title, outlet: r.source, text: `${r.title}\n${r.content}`, origin: 'import' as const,
})));
const clusterOf = new Map<number, string>();
ids.forEach((res, i) => clusterOf.set(res.id, rows[i].cluster_id));

let recallSum = 0;
let withMates = 0;
let matchedTotal = 0;
let matchedMates = 0;
const verdicts = { agrees: 0, conflicts: 0, related: 0, none: 0 };
const t0 = performance.now();
for (let i = 0; i < rows.length; i++) {
  const r = rows[i];
  const analysis = analyzeText(`${r.title}\n${r.content}`);
  const reports = await crossReference(corpus, analysis, { excludeArticleIds: [ids[i].id] });
  const matched = new Set<number>();
  for (const rep of reports) {
    verdicts[overallVerdict(rep)]++;
    for (const m of rep.matches) matched.add(m.article.id);
  }
  const mates = [...clusterOf].filter(([id, c]) => c === r.cluster_id && id !== ids[i].id).map(([id]) => id);
  if (mates.length) {
    recallSum += mates.filter((m) => matched.has(m)).length / mates.length;
    withMates++;
  }
  matchedTotal += matched.size;
  matchedMates += [...matched].filter((m) => clusterOf.get(m) === r.cluster_id).length;
}
const ms = performance.now() - t0;
corpus.close();
const recall = withMates ? recallSum / withMates : 0;
const precision = matchedTotal ? matchedMates / matchedTotal : 0;
console.log(`eval on ${rows.length} articles in ${new Set(rows.map((r) => r.cluster_id)).size} groups (${Math.round(ms)} ms)`);
console.log(`  group mates found among matches (recall):   ${recall.toFixed(3)}  (aim >= 0.9)`);
console.log(`  matched articles that are group mates (precision): ${precision.toFixed(3)}  (aim >= 0.5)`);
console.log(`  claim verdicts: ${verdicts.agrees} agree, ${verdicts.conflicts} conflict, ${verdicts.related} related, ${verdicts.none} none`);
