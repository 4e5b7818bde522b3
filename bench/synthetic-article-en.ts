/**
 * One synthetic English-language news article about a meeting between leaders, the way the
 * region's English press writes it (VNA/VietnamPlus above all, some Việt Nam News): a dateline
 * "HANOI, Dec 1 (VNA) –", "Prime Minister Pham Minh Chinh held talks with Cambodian Prime Minister
 * Hun Manet in Hanoi on December 1", later "Chinh", "PM Chinh", "the Cambodian leader", "He";
 * "X said …", "the two leaders agreed …", direct quotes, recalls of earlier visits ("in June 2024"),
 * dates "on December 1", "on the afternoon of December 1", "Dec. 1, 2025", "on Monday", and the
 * site furniture (menus, "Related News", tags, copyright lines) the cleaner must drop.
 *
 * The same meetings and the same registry people as the Vietnamese articles of
 * `synthetic-article.ts` (it takes the same {@link ArticleContext}); the names are the registry's
 * diacritic-free forms (VNA) or, in about one article in five, the forms with diacritics that
 * Việt Nam News prints ("Phạm Minh Chính", "Việt Nam"); titles are the registry's English titles.
 */
import { bytes, capitalise, type ArticleContext, type SyntheticArticle, type SyntheticEvent, type SyntheticKind } from './synthetic-article';
import { foldToAscii } from './synthetic-names';
import type { Rng } from './synthetic-random';
import { isoFromDay, type SyntheticLeader } from './synthetic-registry';

/** English adjective of each synthetic country ("Cambodian Prime Minister …"). */
const ADJECTIVE: Record<string, string> = {
  VN: 'Vietnamese', LA: 'Lao', KH: 'Cambodian', TH: 'Thai', RU: 'Russian', US: 'US', FR: 'French', DE: 'German',
  PL: 'Polish', HU: 'Hungarian', BR: 'Brazilian', AU: 'Australian', CZ: 'Czech', IT: 'Italian',
};
/** English spelling of the capitals the Vietnamese articles write the Vietnamese way. */
const CAPITAL_EN: Record<string, string> = { 'Hà Nội': 'Hanoi', Moskva: 'Moscow', Warszawa: 'Warsaw', Praha: 'Prague', 'Brasília': 'Brasilia' };
/** Country names that take "the" in running text; the rest are the registry's first English form. */
const COUNTRY_EN: Record<string, string> = { US: 'the United States', CZ: 'the Czech Republic' };

/**
 * Titles by office: `formal` is a form the registry lists (so the engine ties it to the name
 * after it), `short` what headlines and later mentions use, `noun` what "the Cambodian …" uses.
 */
const TITLES: Record<string, { formal: string[]; short: string; noun: string }> = {
  'general-secretary': { formal: ['General Secretary', 'Party Chief'], short: 'Party chief', noun: 'Party chief' },
  president: { formal: ['President', 'State President'], short: 'President', noun: 'President' },
  'prime-minister': { formal: ['Prime Minister', 'PM'], short: 'PM', noun: 'PM' },
  'na-chairman': { formal: ['Chairman of the National Assembly', 'NA Chairman'], short: 'NA Chairman', noun: 'top legislator' },
  'deputy-prime-minister': { formal: ['Deputy Prime Minister'], short: 'Deputy PM', noun: 'leader' },
  'foreign-minister': { formal: ['Foreign Minister', 'Minister of Foreign Affairs'], short: 'FM', noun: 'Foreign Minister' },
  king: { formal: ['King'], short: 'King', noun: 'King' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** VNA's dateline months: "HANOI, Dec 1 (VNA)", "HANOI, Sept 5 (VNA)". */
const DATELINE_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
/** AP style, as Việt Nam News and the wires write dates: "Dec. 1, 2025", "March 3, 2025". */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'];

const VN_PLACES = ['the Presidential Palace', 'the Party Central Committee headquarters', 'the National Assembly House', 'the Government headquarters', 'the Government Guesthouse'];
const RELATIONS = [
  'traditional friendship',
  'Comprehensive Strategic Partnership',
  'Comprehensive Partnership',
  'great friendship, special solidarity and comprehensive cooperation',
  'Strategic Partnership',
  'multifaceted cooperation',
];
const AREAS = [
  'defence and security', 'economy and trade', 'investment', 'education and training', 'science and technology',
  'energy', 'oil and gas', 'tourism', 'people-to-people exchange', 'agriculture', 'digital transformation', 'logistics',
  'culture', 'health care', 'transport infrastructure', 'finance and banking', 'labour', 'cyber security',
  'marine scientific research', 'nuclear power', 'semiconductors', 'climate change response',
];
const ACHIEVEMENTS = [
  'the great achievements of historic significance', 'the important results in socio-economic development',
  'the growing position and prestige in the international arena', 'the solid progress in the national renewal process',
  'the success of the multilateral events hosted by the country',
];
const QUOTES = [
  '{C} always considers {OC} one of its most important partners',
  'We stand ready to work with {OC} to lift bilateral relations to a new height',
  'The {REL} between our two countries is an invaluable asset nurtured by generations of leaders',
  'There is no reason why the two countries cannot reach the target of {N} billion USD in two-way trade',
  '{C} will always support the development cause of {OC}',
  'Cooperation in {AREA} must become a new pillar of the relationship',
  'This visit opens a new chapter in the relations between our two countries',
  'I believe that our relationship will continue to grow strongly in the time ahead',
];
const FILLERS = [
  'Cooperation between ministries, sectors and localities of the two countries has been strengthened and become more substantive and effective.',
  'Two-way trade reached about {N} billion USD last year, up {P} percent year-on-year.',
  'The Intergovernmental Committee is the highest cooperation mechanism, playing a key role in orienting bilateral relations.',
  'Cooperation between localities, especially border provinces, has been expanded, contributing to security and order in border areas.',
  'This year marks the {Y}th anniversary of the establishment of diplomatic relations between the two countries, a milestone in bilateral ties.',
  'Cooperation in {AREA} and {AREA2} continued to receive attention and yielded practical results.',
  'Meanwhile, obstacles facing several key projects will be removed soon so that economic cooperation between the two countries develops sustainably.',
  'On that basis, the two countries will consider building new cooperation mechanisms that bring practical benefits to the people of each country.',
];
const OUTSIDER_TITLES: Record<string, string> = {
  'Bộ trưởng Công Thương': 'Minister of Industry and Trade',
  'Bộ trưởng Quốc phòng': 'Defence Minister',
  'Chủ tịch Thượng viện': 'Senate President',
  'Phó Tổng thống': 'Vice President',
};
const TAGS = ['Vietnam', 'diplomacy', 'bilateral relations', 'ASEAN', 'foreign affairs', 'Politics', 'cooperation', 'trade'];
const OUTLETS = [
  { tag: 'VNA', end: '-VNA', credit: 'VNA' },
  { tag: 'VNA', end: '/.', credit: 'Source: VNA' },
  { tag: 'VNA', end: '', credit: 'VNA' },
  { tag: 'VNS', end: '', credit: 'VNS' },
];

const NOUN: Record<SyntheticKind, string> = {
  talks: 'talks',
  online_talks: 'online talks',
  phone_call: 'phone talks',
  courtesy_call: 'meeting',
  reception: 'reception',
  summit: 'summit meeting',
  visit: 'talks',
};
const HEADLINE_VERB: Record<SyntheticKind, string[]> = {
  talks: ['holds talks with'],
  online_talks: ['holds online talks with'],
  phone_call: ['holds phone talks with', 'talks over phone with'],
  courtesy_call: ['meets', 'pays courtesy call on'],
  reception: ['receives', 'hosts'],
  summit: ['holds summit meeting with'],
  visit: ['holds talks with'],
};

/** A participant, with the forms this article names them by. */
interface Side {
  leader: SyntheticLeader;
  /** As this article spells the full name: without diacritics (VNA) or with them (VNS). */
  name: string;
  /** The short form ("Chinh", "Kellerov", "Thongloun"), or null when the registry has none. */
  short: string | null;
  title: string;
  firstTitle: string;
  shortTitle: string;
  noun: string;
  adjective: string;
  country: string;
  vn: boolean;
  mentioned: boolean;
  pronoun: 'He' | 'She';
  possessive: 'his' | 'her';
}

interface Style {
  /** Việt Nam News keeps diacritics ("Phạm Minh Chính", "Việt Nam"); VNA does not. */
  diacritics: boolean;
  home: string;
}

export function writeEnglishArticle(ctx: ArticleContext): SyntheticArticle {
  const { rng, event } = ctx;
  const outlet = rng.pick(OUTLETS);
  const style: Style = { diacritics: outlet.tag === 'VNS' || rng.chance(0.1), home: 'Vietnam' };
  style.home = style.diacritics ? 'Việt Nam' : 'Vietnam';
  const host = side(rng, event.host, style);
  const guest = side(rng, event.guest, style);
  const pubDay = event.lastDay + (rng.chance(0.3) ? 1 : 0);
  const headerDate = rng.chance(0.45);
  const blankLines = rng.chance(0.6);

  const top: string[] = [];
  const body: string[] = [];
  const bottom: string[] = [];

  if (rng.chance(0.15)) top.push(...menuBlock(rng, outlet.tag));
  top.push(headlineFor(rng, event, host, guest));
  if (rng.chance(0.3)) top.push(timestamp(rng, pubDay));
  if (rng.chance(0.2)) top.push(outlet.tag === 'VNS' ? `By ${rng.pick(['Minh Anh', 'Thu Hang', 'Quang Huy', 'Ha Le'])}` : 'VNA');

  body.push(dateline(rng, event, outlet.tag, style) + leadSentence(rng, event, host, guest, style));
  if (event.kind === 'visit') body.push(visitTalksSentence(rng, event, host, guest));

  const captionText = `${full(rng, host)} (${rng.pick(['R', 'right', 'L', 'left'])}) and ${full(rng, guest)} at their ${NOUN[event.kind]}`;
  let recalled = 0;
  let captions = 0;
  let last: Side | null = null;
  const bottomBytes = estimateBottom(rng, ctx, bottom, outlet.credit, style);
  const budget = Math.max(600, ctx.targetBytes - bytes(top.join('\n')) - bottomBytes);
  while (bytes(body.join('\n')) < budget) {
    const r = rng.next();
    const speaker = rng.chance(0.55) ? host : guest;
    const other = speaker === host ? guest : host;
    let sentence: string;
    if (r < 0.4) sentence = reported(rng, speaker, other, last, style);
    else if (r < 0.46) sentence = fronted(rng, speaker, other, style);
    else if (r < 0.56) sentence = directQuote(rng, speaker, other, last, style);
    else if (r < 0.62) sentence = joined(rng, speaker, other, last, style);
    else if (r < 0.8) sentence = joint(rng, host, guest, style);
    else if (r < 0.93) sentence = fill(rng, rng.pick(FILLERS), host, guest, style);
    else if (r < 0.97 && recalled < 2 && ctx.earlier.length > 0) {
      recalled++;
      sentence = recall(rng, rng.pick(ctx.earlier), host, guest, style);
    } else if (captions >= 3) {
      sentence = fill(rng, rng.pick(FILLERS), host, guest, style);
    } else {
      captions++;
      // The photo's caption printed twice (alt text and caption), as on the Vietnamese sites.
      const caption = `${captionText}. ${rng.pick(['(Photo: VNA)', 'Photo: VNA', '(Photo: VGP)', '(Photo: baochinhphu.vn)'])}`;
      body.push(caption);
      sentence = caption;
    }
    // "He …" may only continue a sentence whose subject was this speaker.
    last = r < 0.62 ? speaker : null;
    body.push(sentence);
    if (ctx.outsider && rng.chance(0.04)) {
      const o = ctx.outsider;
      const title = OUTSIDER_TITLES[o.title] ?? 'Minister';
      const name = style.diacritics ? o.name : foldToAscii(o.name);
      body.push(`Also present were ${guest.adjective} ${title} ${name} and representatives of ministries and agencies of the two countries.`);
    }
  }
  if (ctx.outsider?.received) {
    // The Vietnamese articles' second meeting, with a person the registry lacks, as VNA tells it.
    const o = ctx.outsider;
    const title = OUTSIDER_TITLES[o.title] ?? 'Minister';
    const name = style.diacritics ? o.name : foldToAscii(o.name);
    body.push(`On the same day, ${subject(rng, host, null)} received ${guest.adjective} ${title} ${name}.`);
    body.push(`${title} ${name} thanked the host for the warm reception and said his country wished to step up cooperation with Vietnam.`);
  }
  body.push(closing(rng, host, guest) + outlet.end);

  const lines = [...top, ...body, ...bottom];
  if (headerDate) lines[0] = ` date ${isoFromDay(pubDay)} ${lines[0] ?? ''}`;
  const text = lines.join(blankLines ? '\n\n' : '\n') + '\n';
  return {
    text,
    facts: { kind: event.kind, date: isoFromDay(event.day), host: event.host.id, guest: event.guest.id, headerDate },
  };
}

function side(rng: Rng, leader: SyntheticLeader, style: Style): Side {
  const t = TITLES[leader.office.office] ?? { formal: ['Leader'], short: 'Leader', noun: 'leader' };
  const title = t.formal[0] ?? 'Leader';
  // The registry's other form ("Party Chief", "NA Chairman") now and then on first mention.
  const firstTitle = t.formal.length > 1 && rng.chance(0.25) ? (t.formal[1] ?? title) : title;
  const spell = (text: string) => (style.diacritics ? text : foldToAscii(text));
  const vn = leader.country.code === 'VN';
  return {
    leader,
    name: spell(leader.name.full),
    short: leader.short === null ? null : spell(leader.short),
    title,
    firstTitle,
    shortTitle: t.short,
    noun: t.noun,
    adjective: ADJECTIVE[leader.country.code] ?? leader.country.en[0] ?? '',
    country: vn ? style.home : (COUNTRY_EN[leader.country.code] ?? leader.country.en[0] ?? ''),
    vn,
    mentioned: false,
    pronoun: leader.name.gender === 'f' ? 'She' : 'He',
    possessive: leader.name.gender === 'f' ? 'her' : 'his',
  };
}

/** "Cambodian Prime Minister Hun Manet" / "Prime Minister Pham Minh Chinh" / "King X of Thailand". */
function full(rng: Rng, s: Side): string {
  const title = s.mentioned ? s.title : s.firstTitle;
  s.mentioned = true;
  if (s.vn) return `${title} ${s.name}`;
  if (s.leader.office.office === 'king' && rng.chance(0.4)) return `King ${s.name} of ${s.country}`;
  return `${s.adjective} ${title} ${s.name}`;
}

/** How a sentence names its subject: full at first, then "Chinh", "PM Chinh", "the Lao leader", "He". */
function subject(rng: Rng, s: Side, last: Side | null): string {
  if (!s.mentioned) return full(rng, s);
  const r = rng.next();
  if (last === s && r < 0.2) return s.pronoun;
  if (r < 0.45) return s.short ?? `${s.title} ${s.name}`;
  if (r < 0.58 && s.short !== null) return `${s.shortTitle} ${s.short}`;
  if (r < 0.72) return `The ${s.adjective} ${s.noun}`;
  if (r < 0.9) return `${s.title} ${s.name}`;
  return full(rng, s);
}

/** The other side as an object inside a sentence. */
function object(rng: Rng, s: Side): string {
  if (!s.mentioned) return full(rng, s);
  const r = rng.next();
  if (r < 0.35) return `${s.title} ${s.name}`;
  if (r < 0.6 && s.short !== null) return s.short;
  if (r < 0.8) return `the ${s.adjective} ${s.noun}`;
  return s.short !== null ? `${s.shortTitle} ${s.short}` : `${s.title} ${s.name}`;
}

function areas(rng: Rng): string {
  const n = rng.int(2, 4);
  const picked: string[] = [];
  while (picked.length < n) {
    const a = rng.pick(AREAS);
    if (!picked.includes(a)) picked.push(a);
  }
  return `${picked.slice(0, -1).join(', ')} and ${picked[picked.length - 1] ?? ''}`;
}

function fill(rng: Rng, template: string, speaker: Side, other: Side, style: Style): string {
  return template
    .replace(/\{C\}/g, countryOf(speaker, style))
    .replace(/\{OC\}/g, countryOf(other, style))
    .replace(/\{REL\}/g, () => rng.pick(RELATIONS))
    .replace(/\{AREA2\}/g, () => rng.pick(AREAS))
    .replace(/\{AREA\}/g, () => rng.pick(AREAS))
    .replace(/\{N\}/g, () => String(rng.int(2, 30)))
    .replace(/\{P\}/g, () => String(rng.int(3, 40)))
    .replace(/\{Y\}/g, () => String(rng.int(3, 15) * 5));
}

function countryOf(s: Side, style: Style): string {
  return s.vn ? style.home : s.country;
}

/** The clause after the speaker: a reporting verb and what was said. */
function statement(rng: Rng, speaker: Side, other: Side, style: Style): { verb: string; rest: string } {
  const C = countryOf(speaker, style);
  const OC = countryOf(other, style);
  const his = speaker.possessive;
  switch (rng.int(0, 13)) {
    case 0: return { verb: 'affirmed', rest: `that ${C} always attaches importance to its ${rng.pick(RELATIONS)} with ${OC}, considering it a top priority in its foreign policy` };
    case 1: return { verb: 'stressed', rest: `the importance of stepping up cooperation in ${areas(rng)}` };
    case 2: return { verb: 'expressed', rest: `${his} delight at the positive developments in relations between ${C} and ${OC} in recent years` };
    case 3: return { verb: 'thanked', rest: `${object(rng, other)} for the warm and respectful welcome accorded to the delegation` };
    case 4: return { verb: 'proposed', rest: `that the two sides continue coordinating closely to remove difficulties facing key cooperation projects in ${rng.pick(AREAS)}` };
    case 5: return { verb: 'spoke highly of', rest: `${rng.pick(ACHIEVEMENTS)} that the ${other.adjective} people have recorded over the past ${rng.int(3, 50)} years` };
    case 6: return { verb: 'congratulated', rest: `${object(rng, other)} on ${other.possessive} election as ${other.title}` };
    case 7: return { verb: 'expressed', rest: `${his} belief that the ${rng.pick(RELATIONS)} between the two countries will grow deeper, more substantive and more effective` };
    case 8: return { verb: 'called on', rest: `${other.adjective} businesses to increase investment in ${C}, particularly in ${areas(rng)}` };
    case 9: return { verb: 'informed', rest: `${object(rng, other)} about the situation in ${C} and the implementation of high-level agreements` };
    case 10: return { verb: 'invited', rest: `${object(rng, other)} to visit ${C} at a convenient time` };
    case 11: return { verb: 'agreed', rest: `with the proposal by ${object(rng, other)} to soon convene the ${ordinal(rng.int(10, 50))} meeting of the Intergovernmental Committee` };
    case 12: return { verb: 'said', rest: `under the leadership of ${object(rng, other)}, the ${other.adjective} people will gain even greater achievements` };
    default: return { verb: 'wished', rest: `the Party, State and people of ${OC} success in realising their development goals` };
  }
}

function reported(rng: Rng, speaker: Side, other: Side, last: Side | null, style: Style): string {
  const s = statement(rng, speaker, other, style);
  return `${subject(rng, speaker, last)} ${s.verb} ${s.rest}.`;
}

/** "For his part, X said …", "Thanking …, X stressed …". */
function fronted(rng: Rng, speaker: Side, other: Side, style: Style): string {
  const lead = rng.pick([
    `For ${speaker.possessive} part`,
    `Thanking ${object(rng, other)} for the phone talks`,
    'Highly valuing the outcomes of cooperation between the two countries over the past time',
    'On this occasion',
  ]);
  const s = statement(rng, speaker, other, style);
  return `${lead}, ${subject(rng, speaker, null)} ${s.verb} ${s.rest}.`;
}

function directQuote(rng: Rng, speaker: Side, other: Side, last: Side | null, style: Style): string {
  const q = capitalise(fill(rng, rng.pick(QUOTES), speaker, other, style));
  switch (rng.int(0, 3)) {
    case 0: return `${subject(rng, speaker, last)} said: “${q}.”`;
    case 1: return `“${q},” ${lowerThe(subject(rng, speaker, null))} said.`;
    case 2: return `${subject(rng, speaker, last)} stressed: "${q}."`;
    default: return `Speaking at the ${rng.pick(['meeting', 'reception', 'talks'])}, ${lowerThe(subject(rng, speaker, null))} said: "${q}".`;
  }
}

/** Two statements in one sentence ("X stressed …, and proposed …"): the engine must return two quotes. */
function joined(rng: Rng, speaker: Side, other: Side, last: Side | null, style: Style): string {
  const a = statement(rng, speaker, other, style);
  let b = statement(rng, speaker, other, style);
  if (b.verb === a.verb) b = { verb: 'also stressed', rest: `the importance of cooperation in ${rng.pick(AREAS)}` };
  return `${subject(rng, speaker, last)} ${a.verb} ${a.rest}, and ${b.verb} ${b.rest}.`;
}

function joint(rng: Rng, host: Side, guest: Side, style: Style): string {
  const who = rng.pick(['The two leaders', 'Both sides', 'The two sides', 'The leaders', 'The two leaders also']);
  const C = countryOf(host, style);
  const OC = countryOf(guest, style);
  return rng.pick([
    `${who} agreed to further promote cooperation in ${areas(rng)}.`,
    `${who} expressed their delight at the sound development of the ${rng.pick(RELATIONS)} between ${C} and ${OC}.`,
    `${who} agreed to strive to raise two-way trade to ${rng.int(5, 50)} billion USD in the coming time.`,
    `${who} spoke highly of the outcomes of cooperation in ${rng.pick(AREAS)} over the past time, and agreed to coordinate closely at regional and international forums.`,
    `${who} affirmed that they will continue to coordinate closely and support each other at the United Nations, ASEAN and other multilateral forums.`,
    `${who} briefed each other on the situation of each country and exchanged views on regional and international issues of mutual concern.`,
  ]);
}

/** An earlier meeting, recalled ("in June 2024"): the engine must mark it referenced. */
function recall(rng: Rng, earlier: SyntheticEvent, host: Side, guest: Side, style: Style): string {
  const d = new Date(earlier.day * 86_400_000);
  const when = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const visitor = earlier.abroad ? earlier.host : earlier.guest;
  const visitorSide = visitor.id === host.leader.id ? host : visitor.id === guest.leader.id ? guest : null;
  const visitorText = visitorSide ? object(rng, visitorSide) : describe(visitor, style);
  const where = earlier.abroad ? (COUNTRY_EN[earlier.guest.country.code] ?? earlier.guest.country.en[0] ?? '') : style.home;
  return rng.pick([
    `The two sides agreed to effectively implement the agreements reached during the state visit by ${visitorText} to ${where} in ${when}.`,
    `This is the second meeting between the two leaders, following their ${NOUN[earlier.kind]} in ${when}.`,
    `In ${when}, ${visitorText} paid an official visit to ${where}.`,
  ]);
}

/** Someone outside this article's pair, named the way a first mention would. */
function describe(leader: SyntheticLeader, style: Style): string {
  const title = TITLES[leader.office.office]?.formal[0] ?? 'Leader';
  const name = style.diacritics ? leader.name.full : foldToAscii(leader.name.full);
  return leader.country.code === 'VN' ? `${title} ${name}` : `${ADJECTIVE[leader.country.code] ?? ''} ${title} ${name}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function lowerThe(text: string): string {
  return text.startsWith('The ') ? `the ${text.slice(4)}` : text === 'He' || text === 'She' ? text.toLowerCase() : text;
}

function utc(day: number): Date {
  return new Date(day * 86_400_000);
}

/** "on December 1", "on December 1, 2025", "on the afternoon of December 1", "on Dec. 1, 2025", "on Monday". */
function onDate(rng: Rng, day: number): string {
  const d = utc(day);
  const month = MONTHS[d.getUTCMonth()] ?? '';
  const dd = d.getUTCDate();
  const r = rng.next();
  if (r < 0.4) return `on ${month} ${dd}`;
  if (r < 0.52) return `on ${month} ${dd}, ${d.getUTCFullYear()}`;
  if (r < 0.66) return `on the ${rng.pick(PARTS_OF_DAY)} of ${month} ${dd}`;
  if (r < 0.76) return `on ${month} ${dd} ${rng.pick(PARTS_OF_DAY)}`;
  if (r < 0.92) return `on ${AP_MONTHS[d.getUTCMonth()] ?? ''} ${dd}, ${d.getUTCFullYear()}`;
  return `on ${WEEKDAYS[(d.getUTCDay() + 6) % 7] ?? ''}`;
}

function dateline(rng: Rng, event: SyntheticEvent, tag: string, style: Style): string {
  const city = event.abroad ? capital(event.guest) : style.diacritics ? 'Hà Nội' : 'Hanoi';
  const d = utc(event.day);
  const r = rng.next();
  if (tag === 'VNS') return r < 0.8 ? `${city.toUpperCase()} — ` : '';
  if (r < 0.6) return `${city.toUpperCase()}, ${DATELINE_MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCDate()} (VNA) – `;
  if (r < 0.85) return `${city} (VNA) – `;
  return '';
}

function capital(leader: SyntheticLeader): string {
  return CAPITAL_EN[leader.country.capital] ?? foldToAscii(leader.country.capital);
}

function place(rng: Rng, event: SyntheticEvent, style: Style): string | null {
  if (event.kind === 'phone_call' || event.kind === 'online_talks') return null;
  if (event.abroad) return capital(event.guest);
  return rng.chance(0.7) ? `${rng.pick(VN_PLACES)} in ${style.diacritics ? 'Hà Nội' : 'Hanoi'}` : style.diacritics ? 'Hà Nội' : 'Hanoi';
}

function headlineFor(rng: Rng, event: SyntheticEvent, host: Side, guest: Side): string {
  const hostText = rng.chance(0.3) ? host.shortTitle : `${host.shortTitle} ${host.name}`;
  const guestText = rng.chance(0.3)
    ? (guest.leader.office.office === host.leader.office.office ? `${guest.adjective} counterpart` : `${guest.adjective} ${guest.shortTitle}`)
    : `${guest.adjective} ${guest.shortTitle} ${guest.name}`;
  if (event.kind === 'visit') return `${hostText} ${rng.pick(['pays state visit to', 'begins state visit to'])} ${guest.country}`;
  const line = `${hostText} ${rng.pick(HEADLINE_VERB[event.kind])} ${guestText}`;
  return rng.chance(0.15) ? `${line} (Photo: VNA)` : line;
}

function leadSentence(rng: Rng, event: SyntheticEvent, host: Side, guest: Side, style: Style): string {
  const at = place(rng, event, style) ?? (style.diacritics ? 'Hà Nội' : 'Hanoi');
  const on = onDate(rng, event.day);
  switch (event.kind) {
    case 'visit': {
      const first = utc(event.day);
      const lastD = utc(event.lastDay);
      const range = first.getUTCMonth() === lastD.getUTCMonth()
        ? `${MONTHS[first.getUTCMonth()]} ${first.getUTCDate()} to ${lastD.getUTCDate()}`
        : `${MONTHS[first.getUTCMonth()]} ${first.getUTCDate()} to ${MONTHS[lastD.getUTCMonth()]} ${lastD.getUTCDate()}`;
      return `At the invitation of ${full(rng, guest)} and ${guest.possessive} spouse, ${full(rng, host)} and ${host.possessive} spouse are leading a high-level ${host.adjective} delegation on a state visit to ${guest.country} from ${range}.`;
    }
    case 'reception':
      return `${full(rng, host)} received ${full(rng, guest)}, who is on an official visit to ${style.home}, in ${at} ${on}.`;
    case 'phone_call':
      return `${full(rng, host)} held phone talks with ${full(rng, guest)} ${on} to discuss bilateral relations and issues of mutual concern.`;
    case 'online_talks':
      return `${full(rng, host)} and ${full(rng, guest)} held online talks ${on} to review bilateral relations and the situation in each country.`;
    case 'summit':
      return `${full(rng, host)} and ${full(rng, guest)} co-chaired a summit meeting in ${at} ${on}.`;
    case 'courtesy_call':
      return event.abroad
        ? `${full(rng, host)} paid a courtesy call on ${full(rng, guest)} in ${at} ${on}.`
        : `${full(rng, host)} met with ${full(rng, guest)} in ${at} ${on}.`;
    default:
      return `${full(rng, host)} held talks with ${full(rng, guest)} in ${at} ${on}.`;
  }
}

function visitTalksSentence(rng: Rng, event: SyntheticEvent, host: Side, guest: Side): string {
  return `Following an official welcome ceremony in ${capital(event.guest)} ${onDate(rng, event.day)}, ${object(rng, host)} held talks with ${object(rng, guest)}.`;
}

function closing(rng: Rng, host: Side, guest: Side): string {
  const invited = object(rng, guest);
  return `On this occasion, ${object(rng, host)} invited ${invited} to visit ${host.country} again at a convenient time, and ${rng.pick(['the guest', invited])} accepted the invitation with pleasure.`;
}

function timestamp(rng: Rng, day: number): string {
  const d = utc(day);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(rng.int(6, 22))}:${two(rng.int(0, 59))}`;
  return rng.chance(0.5)
    ? `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())}, ${d.getUTCFullYear()} - ${time}`
    : `Published: ${DATELINE_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${time}`;
}

function menuBlock(rng: Rng, tag: string): string[] {
  return [
    tag === 'VNS' ? 'Việt Nam News' : 'VietnamPlus',
    'Search',
    'Log in',
    'Home Politics Business World Society Culture Sports Travel Multimedia Opinion',
    'Politics Diplomacy National Assembly Party',
    'More',
    'Video Photo Longform Infographics Podcast',
    rng.pick(['Latest', 'Most read', 'Trending']),
  ];
}

/** Fills `bottom` with the article's trailing furniture and returns its size in bytes. */
function estimateBottom(rng: Rng, ctx: ArticleContext, bottom: string[], credit: string, style: Style): number {
  if (rng.chance(0.5)) bottom.push(credit);
  if (rng.chance(0.45) && ctx.bystanders.length > 0) {
    bottom.push(rng.pick(['Related News', 'Related news', 'See more']));
    for (let i = rng.int(2, 4); i > 0; i--) {
      const who = rng.pick(ctx.bystanders);
      const head = `${describe(who, style)} ${rng.pick(['attends inauguration of', 'receives delegation of', 'works with', 'visits'])} ${rng.pick(['Friendship Park', 'Friendship Association', 'border province', 'embassy'])}`;
      bottom.push(head);
      if (rng.chance(0.5)) bottom.push(head);
      bottom.push(`${style.diacritics ? 'HÀ NỘI' : 'HANOI'} (VNA) – ${describe(who, style)} had an important working trip ${onDate(rng, ctx.event.day)}.`);
    }
  }
  if (rng.chance(0.4)) {
    const picked = [rng.pick(TAGS), ctx.event.guest.country.en[0] ?? '', style.diacritics ? ctx.event.host.name.full : foldToAscii(ctx.event.host.name.full), rng.pick(TAGS)];
    bottom.push(`Tags: ${picked.join(' ')}`);
  }
  if (rng.chance(0.25)) {
    bottom.push(
      'Back to top',
      'Follow VietnamPlus on Google News',
      'Share Facebook Twitter Email Print',
      `Copyright © ${style.diacritics ? 'Việt Nam News' : 'VietnamPlus, VNA'}. All rights reserved.`,
    );
  }
  return bytes(bottom.join('\n'));
}
