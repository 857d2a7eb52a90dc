import type { Api } from '../../../electron/services/create-api';

/** A small committee for service tests: 7 members from 4 parties and one substitute. */
export async function setUpCommittee(api: Api) {
  const a = await api.invoke('parties:create', { letter: 'A', name: 'Socialdemokratiet' });
  const v = await api.invoke('parties:create', { letter: 'V', name: 'Venstre' });
  const f = await api.invoke('parties:create', { letter: 'F', name: 'SF' });
  const o = await api.invoke('parties:create', { letter: 'Ø', name: 'Enhedslisten' });
  const names: [string, number][] = [
    ['Åse Møller', a.id], ['Bjørn Kærgaard', a.id], ['Søren Ølholm', v.id], ['Henrik Lund', v.id],
    ['Frida Æbelø', f.id], ['Gustav Thygesen', f.id], ['Ida Østergård', o.id], ['Jens Stedfortræder', a.id],
  ];
  const people = [];
  for (const [name, partyId] of names) people.push(await api.invoke('people:create', { name, partyId }));
  const committee = await api.invoke('committees:create', { name: 'Teknik- og Miljøudvalget', kind: 'fagudvalg', defaultPlace: 'Byrådssalen', defaultStartTime: '16:00' });
  for (const [i, p] of people.entries()) {
    const role = i === 0 ? 'formand' : i === 1 ? 'naestformand' : i === 7 ? 'stedfortraeder' : 'medlem';
    await api.invoke('memberships:add', { committeeId: committee.id, personId: p.id, role, hasVote: i !== 7, fromDate: '2026-01-01' });
  }
  return { parties: { a, v, f, o }, people, committee };
}
