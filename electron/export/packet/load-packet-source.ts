import type { Db } from '../../store/open-database';
import { loadMeetingDetail } from '../../services/meeting-service';
import { loadCommitteeDetail } from '../../services/committee-service';
import { getMunicipality, listParties, listPeople } from '../../store/repositories/organisation-repository';
import type { PacketSource } from '../html/packet-model';

/** Everything the packet prints, read in one go (no transaction spans the printing that follows). */
export function loadPacketSource(db: Db, meetingId: number): PacketSource {
  const meeting = loadMeetingDetail(db, meetingId);
  const committee = loadCommitteeDetail(db, meeting.committeeId);
  return {
    meeting,
    municipality: getMunicipality(db),
    sectionOrder: committee.sections.map((s) => (s.key === 'resumé' ? 'resume' : s.key)),
    people: listPeople(db),
    parties: listParties(db),
  };
}
