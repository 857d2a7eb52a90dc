import type { Db } from '../../store/open-database';
import { loadMeetingDetail } from '../../services/meeting-service';
import { loadCommitteeDetail } from '../../services/committee-service';
import { getMunicipality, listParties, listPeople } from '../../store/repositories/organisation-repository';
import { getHouseStyle } from '../../store/repositories/house-style-repository';
import { buildDocument, type DocumentModel, type DocumentOptions, type DocumentSource } from '../../../shared/document';

/** Everything the packet prints, read in one go (no transaction spans the printing that follows). */
export function loadPacketSource(db: Db, meetingId: number): DocumentSource {
  const meeting = loadMeetingDetail(db, meetingId);
  const committee = loadCommitteeDetail(db, meeting.committeeId);
  return {
    meeting,
    municipality: getMunicipality(db),
    sectionOrder: committee.sections.map((s) => (s.key === 'resumé' ? 'resume' : s.key)),
    people: listPeople(db),
    parties: listParties(db),
    houseStyle: getHouseStyle(db),
  };
}

/** The document model of one edition, read from the database in one go (tests, benchmarks). */
export function loadDocumentModel(db: Db, meetingId: number, options: DocumentOptions): DocumentModel {
  return buildDocument(loadPacketSource(db, meetingId), options);
}
