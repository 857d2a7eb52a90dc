import type { DecisionOutcome } from '../../domain/enums';

/**
 * The outcome as the minutes write it on its own ("Godkendt.", "Anbefales over for
 * Økonomiudvalget.", "Oversendt til Kultur- og Fritidsudvalget.").
 */
export function outcomePhrase(outcome: DecisionOutcome, body: string | null): string {
  const to = body?.trim() ? body.trim() : null;
  switch (outcome) {
    case 'approved': return 'Godkendt';
    case 'recommended': return to ? `Anbefales over for ${to}` : 'Anbefales';
    case 'noted': return 'Taget til efterretning';
    case 'discussed': return 'Drøftet';
    case 'postponed': return 'Udsat';
    case 'referred': return to ? `Oversendt til ${to}` : 'Oversendt';
    case 'rejected': return 'Ikke godkendt';
  }
}

/**
 * The outcome as a participle after "Enstemmigt" or before "med et flertal": "godkendt",
 * "anbefalet over for …", "taget til efterretning". "Ikke godkendt" keeps the secretary's own
 * word rather than "forkastet", so the outcome chosen is the outcome printed. Null for "Drøftet":
 * a discussion is not voted on.
 */
export function outcomeParticiple(outcome: DecisionOutcome, body: string | null): string | null {
  const to = body?.trim() ? body.trim() : null;
  switch (outcome) {
    case 'approved': return 'godkendt';
    case 'recommended': return to ? `anbefalet over for ${to}` : 'anbefalet';
    case 'noted': return 'taget til efterretning';
    case 'discussed': return null;
    case 'postponed': return 'udsat';
    case 'referred': return to ? `oversendt til ${to}` : 'oversendt';
    case 'rejected': return 'ikke godkendt';
  }
}
