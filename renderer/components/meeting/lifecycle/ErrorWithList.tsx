import type { ApiError } from '../../../../shared/api/envelope';
import { Icon } from '../../common/Icon';

/**
 * An API error whose message lists what stopped it, one "- " line each (release_blocked lists the
 * findings): the first line as the message, the rest as a list.
 */
export function ErrorWithList({ error }: { error: ApiError }) {
  const [first = '', ...rest] = error.message.split('\n');
  const lines = rest.map((line) => line.replace(/^\s*-\s*/, '').trim()).filter(Boolean);
  return (
    <div className="alert alert-error error-with-list" role="alert" data-code={error.code}>
      <Icon name="alert" />
      <div>
        <p>{first}</p>
        {lines.length > 0 ? (
          <ul>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
