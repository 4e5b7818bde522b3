/**
 * Synthetic personal names for benchmarks: Vietnamese three-syllable names with diacritics, Lao-style
 * romanised names and Western names. The matcher's cost depends on how names share prefixes and
 * syllables, so these are built from the same syllable stock real names use (many "Nguyễn …", many
 * "… Văn …"), not from random letters.
 */
import { createRng, type Rng, type Seed } from './synthetic-random';

export type NameKind = 'vietnamese' | 'lao' | 'western';

export interface SyntheticName {
  kind: NameKind;
  /** As a Vietnamese article writes it: "Nguyễn Văn Hùng", "Thongsavanh Phomvihane", "Anna Keller". */
  full: string;
  /** The short form used once the person is named: the last syllable for Vietnamese names
   * ("ông Hùng"), the surname for Western names, the first name for Lao names ("Thongloun"). */
  short: string;
  /** `full` without diacritics, as English pages write Vietnamese names ("Nguyen Van Hung"). */
  ascii: string;
  /** Grammatical gender, so articles say "ông"/"bà" consistently. */
  gender: 'm' | 'f';
}

const VI_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Lương', 'Tô', 'Đinh', 'Trịnh', 'Mai', 'Đoàn', 'Cao', 'Lâm', 'Hà', 'Tạ',
  'Chu', 'Quách', 'Thái', 'Vương', 'Kiều', 'Từ',
] as const;
const VI_MIDDLE_M = [
  'Văn', 'Minh', 'Đức', 'Quang', 'Xuân', 'Hữu', 'Thanh', 'Phú', 'Công', 'Thế', 'Đình', 'Trọng',
  'Bá', 'Tiến', 'Mạnh', 'Quốc', 'Hoài', 'Viết', 'Ngọc', 'Khắc',
] as const;
const VI_MIDDLE_F = ['Thị', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Thu', 'Bích', 'Mỹ', 'Phương'] as const;
// Includes both tone-mark placements ("Hòa"/"Hoà", "Thủy"/"Thuỷ") because real pages mix them and
// the matcher must fold them: a bench that never meets them measures a friendlier world.
const VI_GIVEN_M = [
  'Cường', 'Lâm', 'Trọng', 'Chính', 'Hùng', 'Dũng', 'Phúc', 'Thưởng', 'Hải', 'Sơn', 'Tuấn',
  'Thắng', 'Lộc', 'Khải', 'Bình', 'Minh', 'Hòa', 'Hoà', 'Quyết', 'Vượng', 'Thành', 'Nghĩa', 'Trung',
  'Đạt', 'Mẫn', 'Hiếu', 'Long', 'Quân', 'Khang', 'Tùng', 'Thịnh', 'Hưng', 'Vinh', 'Kiên',
  'Luận', 'Tấn', 'Huy', 'Điệp', 'Toàn',
] as const;
const VI_GIVEN_F = [
  'Ngân', 'Huệ', 'Thủy', 'Thuỷ', 'Lan', 'Hương', 'Hằng', 'Hạnh', 'Dung', 'Nga', 'Yến',
  'Thảo', 'Trang', 'Loan', 'Nhàn', 'Tâm',
] as const;

const LAO_FIRST = [
  'Thong', 'Kham', 'Bou', 'Sone', 'Phou', 'Sisa', 'Vila', 'Souk', 'Xay', 'Phan', 'Chan', 'Khen',
  'Bouasone', 'Somsa', 'Vong',
] as const;
const LAO_FIRST_END = ['loun', 'say', 'nhang', 'phet', 'savanh', 'thong', 'vanh', 'sith', 'kham', 'ly'] as const;
const LAO_LAST = [
  'Siso', 'Phom', 'Siphan', 'Vong', 'Keo', 'Sou', 'Mangno', 'Phim', 'Chan', 'Inthi', 'Kham', 'Sayya',
] as const;
const LAO_LAST_END = ['ulith', 'vihane', 'done', 'sa', 'mek', 'masith', 'thavong', 'phone', 'savath', 'vongsa'] as const;

const WEST_FIRST_M = [
  'Vladimir', 'Emmanuel', 'Olaf', 'Joe', 'Anthony', 'Mark', 'Pedro', 'Viktor', 'Andrzej', 'Luiz',
  'Justin', 'Rishi', 'Sergei', 'Dmitry', 'Alexander', 'Frank', 'Jean', 'Paolo', 'Karl', 'Henrik',
] as const;
const WEST_FIRST_F = [
  'Anna', 'Giorgia', 'Ursula', 'Kamala', 'Jacinda', 'Sanna', 'Mette', 'Maria', 'Claudia', 'Elena',
] as const;
// Surnames are composed from stems and endings so 10k distinct names exist without a word list.
const WEST_STEMS = [
  'Kel', 'Brand', 'Mor', 'Ivan', 'Schol', 'Mac', 'Sand', 'Orb', 'Dud', 'Lav', 'Peter', 'Wald', 'Rut',
  'Albers', 'Tru', 'Mel', 'Fried', 'Hart', 'Novak', 'Borg', 'Lind', 'Castel', 'Ferr', 'Kowal', 'Berg',
  'Stein', 'Roch', 'Marl', 'Dubr', 'Sokol',
] as const;
const WEST_ENDINGS = [
  'er', 'ov', 'ova', 'enko', 'ski', 'son', 'sen', 'mann', 'oni', 'ez', 'ard', 'ini', 'escu', 'ić',
  'berg', 'ford', 'well', 'ton', 'on', 'ich',
] as const;

/** Vietnamese diacritics off and đ→d, the way English-language pages spell Vietnamese names. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function randomName(rng: Rng, kind: NameKind): SyntheticName {
  const gender: 'm' | 'f' = rng.chance(kind === 'lao' ? 0.1 : 0.2) ? 'f' : 'm';
  let full: string;
  let short: string;
  if (kind === 'vietnamese') {
    const middle = rng.pick(gender === 'f' ? VI_MIDDLE_F : VI_MIDDLE_M);
    const given = rng.pick(gender === 'f' ? VI_GIVEN_F : VI_GIVEN_M);
    full = `${rng.pick(VI_SURNAMES)} ${middle} ${given}`;
    short = given;
  } else if (kind === 'lao') {
    const first = rng.pick(LAO_FIRST) + rng.pick(LAO_FIRST_END);
    full = `${first} ${rng.pick(LAO_LAST)}${rng.pick(LAO_LAST_END)}`;
    short = first;
  } else {
    const last = rng.pick(WEST_STEMS) + rng.pick(WEST_ENDINGS);
    full = `${rng.pick(gender === 'f' ? WEST_FIRST_F : WEST_FIRST_M)} ${last}`;
    short = last;
  }
  return { kind, full, short, ascii: foldToAscii(full), gender };
}

export interface NameListOptions {
  seed: Seed;
  /** Share of each kind; default 60 % Vietnamese, 15 % Lao, 25 % Western. */
  mix?: Partial<Record<NameKind, number>>;
}

const DEFAULT_MIX: Record<NameKind, number> = { vietnamese: 0.6, lao: 0.15, western: 0.25 };

/**
 * `count` distinct names (distinct after folding to ASCII too, so "Hòa"/"Hoà" twins never collide
 * and a matcher bench gets exactly `count` patterns). Deterministic for a seed.
 *
 * @example generateNames(3, { seed: 1 }).map((n) => n.full)
 *   // three names such as ["Trần Đức Khải", "Anna Lindberg", "Nguyễn Văn Hòa"]
 */
export function generateNames(count: number, options: NameListOptions): SyntheticName[] {
  const rng = createRng(options.seed).fork('names');
  const mix = { ...DEFAULT_MIX, ...options.mix };
  const kinds = Object.keys(mix) as NameKind[];
  const total = kinds.reduce((sum, k) => sum + Math.max(0, mix[k]), 0);
  if (!(total > 0)) throw new Error('synthetic: name mix must give some kind a positive share');

  const seen = new Set<string>();
  const out: SyntheticName[] = [];
  // The Vietnamese space alone holds ~50k combinations, so rejection stays cheap up to tens of
  // thousands; a long run of duplicates means the space is exhausted, and an error beats a hang.
  let misses = 0;
  while (out.length < count) {
    if (misses > 20_000) {
      throw new Error(`synthetic: could only make ${out.length} distinct names of ${count} requested`);
    }
    let r = rng.next() * total;
    let kind: NameKind = 'vietnamese';
    for (const k of kinds) {
      r -= Math.max(0, mix[k]);
      if (r < 0) {
        kind = k;
        break;
      }
    }
    const name = randomName(rng, kind);
    const key = name.ascii.toLowerCase();
    if (seen.has(key)) {
      misses++;
      continue;
    }
    misses = 0;
    seen.add(key);
    out.push(name);
  }
  return out;
}
