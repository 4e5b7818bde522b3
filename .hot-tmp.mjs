import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
const [prof, file, nRaw] = process.argv.slice(2);
const p = JSON.parse(readFileSync(prof, 'utf8'));
const dt = new Map(); for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + p.timeDeltas[i]);
const agg = new Map();
const base = file.replace(/^.*?src\//, 'src/');
for (const n of p.nodes) { if (!n.callFrame.url.endsWith(base)) continue; const k = n.callFrame.lineNumber + ':' + n.callFrame.columnNumber; agg.set(k, (agg.get(k) ?? 0) + (dt.get(n.id) ?? 0)); }
const out = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', minifyWhitespace: true, keepNames: true, target: 'node20' }).code.split('\n');
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, Number(nRaw ?? 8))) { const [l, c] = k.split(':').map(Number); console.log(`${(v / 1000).toFixed(0).padStart(6)} ms @${k}: ${(out[l] ?? '').slice(c, c + 130)}`); }
