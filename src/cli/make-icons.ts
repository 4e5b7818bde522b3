// `npm run icons`: draws public/icon/<size>.png for every store size. The PNGs are committed (the
// build copies public/ as is); tests/cli/draw-icon.test.ts checks they are what this script draws.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawIcon, ICON_SIZES } from './draw-icon';
import { encodePng } from './encode-png';

const dir = join(import.meta.dirname, '..', '..', 'public', 'icon');
mkdirSync(dir, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(dir, `${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  process.stdout.write(`${file}\n`);
}
