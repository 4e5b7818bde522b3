import type { IndexLeader, IndexOffice } from '../index-data/format';
import { heldOn } from '../registry';

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
