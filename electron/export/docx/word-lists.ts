import { NUMBERING, orderedReference } from './word-styles';

/**
 * Hands out list instances while the document is built: every list is its own instance of its
 * numbering definition, so each starts at its own first number instead of continuing the last.
 */
export class WordLists {
  private instance = 0;
  readonly orderedStarts = new Set<number>([1]);

  ordered(start = 1): { reference: string; instance: number } {
    this.orderedStarts.add(start);
    return { reference: orderedReference(start), instance: ++this.instance };
  }

  bullet(): { reference: string; instance: number } {
    return { reference: NUMBERING.bullet, instance: ++this.instance };
  }

  points(start = 1): { reference: string; instance: number } {
    return start === 1 ? { reference: NUMBERING.points, instance: ++this.instance } : this.ordered(start);
  }
}
