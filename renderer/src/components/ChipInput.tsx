// A list of names shown as removable chips with a text box that suggests from a directory (datalist):
// used for the lead and support units of an action item. Free entry is allowed; Enter or "," adds.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { label: string; values: string[]; suggestions: string[]; onChange(values: string[]): void };

export function ChipInput({ label, values, suggestions, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');

  const add = () => {
    const name = draft.trim();
    if (name && !values.includes(name)) onChange([...values, name]);
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && !draft && values.length) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <div className="chip-input">
      <label htmlFor={id}>{label}</label>
      <ul className="chips">
        {values.map((v) => (
          <li key={v} className="chip">
            {v}
            <button type="button" className="chip-remove" aria-label={t('review.removeUnit', { name: v })} onClick={() => onChange(values.filter((x) => x !== v))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="chip-entry">
        <input
          id={id}
          list={`${id}-units`}
          value={draft}
          placeholder={t('review.unitPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
        <button type="button" className="button-small" onClick={add} disabled={!draft.trim()}>
          {t('review.addUnit')}
        </button>
      </div>
      <datalist id={`${id}-units`}>
        {suggestions.filter((s) => !values.includes(s)).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
