// The facts of a meeting above its minutes: title, kind, time, place, chair, secretary and attendance, with the
// page's actions (`children`) beside "Sửa thông tin".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/types';
import { attendeeText } from '../../../../shared/text/attendees';
import { navigate } from '../../routes';
import { formatDateTime } from './format';

export function MeetingHeader({ meeting, children }: { meeting: Meeting; children?: ReactNode }) {
  const { t } = useTranslation();
  const absent = meeting.attendees.filter((a) => a.presence === 'absent').length;
  const orNotSet = (s: string) => s || t('meeting.notSet');
  const time = formatDateTime(meeting.start) + (meeting.end ? ` – ${formatDateTime(meeting.end)}` : '');

  return (
    <header className="meeting-header">
      <div className="meeting-title-row">
        <div>
          <p className="meeting-kind">{meeting.kind}</p>
          <h1>{meeting.title}</h1>
        </div>
        <div className="meeting-actions">
          {children}
          <button type="button" className="button-secondary" onClick={() => navigate({ name: 'edit', id: meeting.id })}>
            {t('meeting.edit')}
          </button>
        </div>
      </div>
      <dl className="meeting-facts">
        <div>
          <dt>{t('meeting.time')}</dt>
          <dd>{time}</dd>
        </div>
        <div>
          <dt>{t('meeting.location')}</dt>
          <dd>{orNotSet(meeting.location)}</dd>
        </div>
        <div>
          <dt>{t('meeting.chair')}</dt>
          <dd>{orNotSet([meeting.chair.name, meeting.chair.title].filter(Boolean).join(', '))}</dd>
        </div>
        <div>
          <dt>{t('meeting.secretary')}</dt>
          <dd>{orNotSet([meeting.secretary.name, meeting.secretary.title].filter(Boolean).join(', '))}</dd>
        </div>
      </dl>
      {meeting.attendees.length > 0 && (
        <details className="meeting-attendees">
          <summary>
            {t('meeting.attendees')}: {t('meeting.attendeesCount', { present: meeting.attendees.length - absent, absent })}
          </summary>
          <ul data-testid="attendee-list">
            {meeting.attendees.map((a, i) => (
              <li key={i} className={`attendee-${a.presence}`}>
                {attendeeText(a)}
                {a.presence !== 'present' && <span className="badge attendee-presence">{t(`form.presences.${a.presence}`)}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
