import { claimJson, claimLine } from './claims-output.ts';
import { readArticle } from './read-article.ts';

export async function runClaims(path: string, json: boolean): Promise<void> {
  const { analysis } = await readArticle(path);
  if (json) {
    process.stdout.write(JSON.stringify({ claims: analysis.claims.map((c) => claimJson(c, analysis)) }) + '\n');
    return;
  }
  const counts = new Map<string, number>();
  for (const c of analysis.claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  process.stdout.write(`${path}: ${analysis.claims.length} claims${summary ? ` (${summary})` : ''} in ${analysis.sentences.length} sentences\n`);
  if (analysis.title) process.stdout.write(`title: ${analysis.title}\n`);
  for (const c of analysis.claims) process.stdout.write(`  ${claimLine(c)}\n`);
}
