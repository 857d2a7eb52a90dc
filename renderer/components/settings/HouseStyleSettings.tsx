import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionHeading } from '../../../shared/document';
import { formatLongDate } from '../../../shared/format/danish-date';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useHouseStyle, useHouseStyleStore } from '../../stores/house-style-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { CheckboxField, TextField } from '../common/Fields';
import { Form } from '../common/Form';
import { SubmitButton } from '../common/FormButtons';

/** The example heading: the document model's own words for a committee and a date. */
const EXAMPLE_DATE = '2012-01-24';

/**
 * Husstil (houseStyle:get/update): Indstilling's opening words and whether the decision's heading
 * ends in a colon. The example heading comes from the shared document model, as the minutes print it.
 */
export function HouseStyleSettings() {
  const { t } = useTranslation();
  const style = useHouseStyle();
  const update = useHouseStyleStore((s) => s.update);
  const [lead, setLead] = useState('');
  const [colon, setColon] = useState(true);
  const form = useFormSubmit({ fields: ['recommendationLead'] });

  useEffect(() => {
    if (!style) return;
    setLead(style.recommendationLead);
    setColon(style.decisionHeadingColon);
  }, [style]);

  if (!style) {
    return (
      <div className="form-card">
        <h2 className="form-title">{t('houseStyle.title')}</h2>
        <p className="muted" role="status">{t('houseStyle.loading')}</p>
      </div>
    );
  }
  return (
    <Form
      label={t('houseStyle.title')}
      onSubmit={() => void form.submit(async () => {
        await update({ recommendationLead: lead, decisionHeadingColon: colon });
        return true;
      }, () => t('common.saved'))}
      onEscape={() => {
        setLead(style.recommendationLead);
        setColon(style.decisionHeadingColon);
        form.clear();
      }}
    >
      <h2 className="form-title">{t('houseStyle.title')}</h2>
      <p className="page-intro">{t('houseStyle.intro')}</p>
      <TextField
        id="house-style-lead"
        label={t('houseStyle.lead')}
        hint={t('houseStyle.leadHint')}
        value={lead}
        onChange={setLead}
        error={form.fieldErrors.recommendationLead}
        className="field-medium"
      />
      <CheckboxField
        id="house-style-colon"
        label={t('houseStyle.colon')}
        checked={colon}
        onChange={setColon}
        hint={t('houseStyle.example', { heading: decisionHeading(t('houseStyle.exampleCommittee'), formatLongDate(EXAMPLE_DATE), colon) })}
      />
      <ErrorAlert message={form.error} />
      <div className="form-actions">
        <SubmitButton pending={form.pending}>{t('common.save')}</SubmitButton>
        <StatusMessage message={form.status} />
      </div>
    </Form>
  );
}
