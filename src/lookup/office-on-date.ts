import type { IndexLeader, IndexOffice } from '../index-data/format';
import { heldOn, knownTerm } from '../registry';

/**
 * The offices `leader` held on `date` (`YYYY-MM-DD`), in the registry's order. The date semantics
 * are the registry's own (`heldOn`): a term includes its start and excludes its end; an unknown
 * bound is replaced by an attested day, never a guess. Terms overlap (Tô Lâm was General Secretary
 * and President from August to October 2024), so a header shows all of them. Empty when no office
 * is known for that day.
 *
 * @example
 * officesHeldOn(index.leaders['to-lam']!, '2024-09-01').map((o) => o.office); // ['president', 'general-secretary']
 * officesHeldOn(index.leaders['to-lam']!, '2010-01-01'); // []
 */
export function officesHeldOn(leader: IndexLeader, date: string): IndexOffice[] {
  return leader.offices.filter((office) => heldOn(office, date));
}

/**
 * The offices `leader` had left by `date`: terms whose last known day lies before it, the most
 * recently ended first. A card on a page after Nguyễn Xuân Phúc resigned says "former President,
 * 2021–2023" rather than that no office is on record. Terms with no known last day are left out
 * (we cannot say they had ended).
 *
 * @example
 * formerOfficesOn(index.leaders['nguyen-xuan-phuc']!, '2025-01-01').map((o) => o.office); // ['president', 'politburo-member', ...]
 */
export function formerOfficesOn(leader: IndexLeader, date: string): IndexOffice[] {
  return leader.offices
    .map((office) => ({ office, last: knownTerm(office).last }))
    .filter((term): term is { office: IndexOffice; last: string } => term.last !== null && term.last < date && !heldOn(term.office, date))
    .sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0))
    .map((term) => term.office);
}
