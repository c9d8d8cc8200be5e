/**
 * What an import found, short enough to check against the source at a glance:
 * the document's number, issuer and date, then each unit with its duty count,
 * parent, and whether a preamble and staffing were found. `mandates import`
 * prints it on stderr and carries it in --json as `summary`.
 */
import type { DocumentFile, DutyFile, UnitFile } from '../corpus/format.js';

export interface ImportSummaryUnit {
  readonly id: string;
  readonly name: string;
  /** Duties, sub-items included. */
  readonly duties: number;
  /** The id of the unit this one is part of, or null. */
  readonly parent: string | null;
  readonly preamble: boolean;
  readonly staffing: boolean;
}

export interface ImportSummary {
  /** The document number as printed, or null when none was found. */
  readonly number: string | null;
  readonly issuer: string | null;
  /** ISO date, or the date as printed when it is not a calendar date, or null. */
  readonly date: string | null;
  readonly units: readonly ImportSummaryUnit[];
}

function countDuties(list: readonly DutyFile[] | undefined): number {
  return (list ?? []).reduce((n, d) => n + 1 + countDuties(d.items), 0);
}

export function unitDutyCount(u: UnitFile): number {
  return countDuties(u.duties) + (u.sections ?? []).reduce((n, s) => n + countDuties(s.duties), 0);
}

export function summarizeImport(doc: DocumentFile): ImportSummary {
  return {
    number: doc.number ?? null,
    issuer: doc.issuer ?? null,
    date: doc.date ?? doc.dateText ?? null,
    units: doc.units.map((u) => ({
      id: u.id,
      name: u.name,
      duties: unitDutyCount(u),
      parent: u.parent ?? null,
      preamble: u.preamble !== undefined,
      staffing: u.staffing !== undefined,
    })),
  };
}
