/** A failed request, said plainly, with a way to try again. */
import { describeApiError } from '../../graphql/client.ts';

export function ErrorNotice({ error, onRetry, title, className }: { error: unknown; onRetry: () => void; title?: string; className?: string }) {
  return (
    <div className={`error-notice ${className ?? ''}`} role="alert">
      {title && <strong className="error-notice__title">{title}</strong>}
      <p>{describeApiError(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
