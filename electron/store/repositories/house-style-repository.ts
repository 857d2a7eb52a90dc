import type { HouseStyle } from '../../../shared/domain/entities';
import type { Db } from '../open-database';

export function getHouseStyle(db: Db): HouseStyle {
  const row = db.prepare('SELECT recommendation_lead, decision_heading_colon FROM house_style WHERE id = 1').get() as
    { recommendation_lead: string; decision_heading_colon: number };
  return { recommendationLead: row.recommendation_lead, decisionHeadingColon: row.decision_heading_colon === 1 };
}

export function saveHouseStyle(db: Db, style: HouseStyle): void {
  db.prepare('UPDATE house_style SET recommendation_lead = ?, decision_heading_colon = ? WHERE id = 1').run(style.recommendationLead, style.decisionHeadingColon ? 1 : 0);
}
