// Node-only: reads a held-out half's gold files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldArticleSchema, type GoldArticle } from './gold';

/**
 * Reads every `gold/*.json` of a held-out half, validated; a bad file throws naming the file and
 * the field, so a broken annotation is never scored silently.
 */
export function readGold(halfDir: string): GoldArticle[] {
  const dir = join(halfDir, 'gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = goldArticleSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${join(dir, f)}: field "${issue.path.join('.')}": ${issue.message}`);
      }
      return parsed.data;
    });
}
