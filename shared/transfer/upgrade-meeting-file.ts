/**
 * meeting.json of formatVersion 1 (before decisions had outcomes and vote rounds) as version 2:
 * a decision's point becomes its list of points and its text its remark; its votes one counted
 * round; the item's protocol notes go to its last decision (a dissent to that decision's round),
 * as the database migration 004 did. Anything else is passed on unchanged for the schema to judge.
 */
export function upgradeMeetingFile(raw: unknown): unknown {
  if (!isRecord(raw) || raw.formatVersion !== 1) return raw;
  const items = Array.isArray(raw.items) ? raw.items.map(upgradeItem) : raw.items;
  return { ...raw, formatVersion: 2, items };
}

function upgradeItem(item: unknown): unknown {
  if (!isRecord(item)) return item;
  const { protocolNotes, decisions, ...rest } = item;
  const upgraded = (Array.isArray(decisions) ? decisions : []).map((d) => {
    if (!isRecord(d)) return d;
    const votes = Array.isArray(d.votes) ? d.votes : [];
    return {
      points: typeof d.point === 'number' ? [d.point] : [], outcome: null, outcomeBody: null, remark: d.text ?? '', override: null,
      rounds: votes.length > 0 ? [{ subject: null, mode: 'counted', votes, dissents: [] }] : [], notes: [],
    };
  }) as Record<string, unknown>[];
  const notes = Array.isArray(protocolNotes) ? protocolNotes.filter(isRecord) : [];
  if (notes.length > 0 && upgraded.length === 0) {
    upgraded.push({ points: [], outcome: null, outcomeBody: null, remark: '', override: null, rounds: [], notes: [] });
  }
  const last = upgraded.at(-1);
  for (const note of notes) {
    const round = (last?.rounds as Record<string, unknown>[] | undefined)?.[0];
    if (note.kind === 'dissent' && round) (round.dissents as unknown[]).push({ party: null, people: note.people, text: note.text });
    else (last!.notes as unknown[]).push({ people: note.people, text: note.text });
  }
  return { ...rest, decisions: upgraded };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
