// A labelled form field with its validation message tied to the input (aria-describedby, aria-invalid),
// so every input has a label and screen readers announce what is wrong.
import { cloneElement, useId, type ReactElement } from 'react';

type Props = { label: string; error?: string; hint?: string; className?: string; children: ReactElement<Record<string, unknown>> };

export function Field({ label, error, hint, className, children }: Props) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = error ?? hint;
  return (
    <div className={`field ${className ?? ''} ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': message ? messageId : undefined,
      })}
      {message && (
        <span id={messageId} className={error ? 'field-error' : 'field-hint'}>
          {message}
        </span>
      )}
    </div>
  );
}
