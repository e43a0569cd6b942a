/**
 * Search with autocomplete across Chinese, pinyin and English (the API's `search`), as a
 * WAI-ARIA combobox: arrows move through the hits, Enter chooses, Escape closes. While an
 * input method is composing (typing pinyin to get 坪石), nothing is sent and Enter belongs to
 * the IME; the query goes out when the characters are committed.
 *
 * Enter acts on the hits of the text in the box, never on an earlier query's: when they have
 * not arrived yet (typing `139` fast and pressing Enter), it waits for them and then chooses the
 * first, or says that nothing matches.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { highlightMatches, isSearchable, normaliseQuery } from '../../core/search/index.ts';
import { ENTITY_STYLE } from '../../core/graph/style.ts';
import { describeApiError, request } from '../../graphql/client.ts';
import { SearchDocument, type SearchQuery } from '../../graphql/generated/graphql.ts';
import { TypeDot } from '../common/EntityName.tsx';

export type SearchEntity = NonNullable<SearchQuery['search']>[number]['entity'];

type Results =
  | { status: 'idle' }
  | { status: 'loading'; query: string; hits: SearchEntity[] }
  | { status: 'ready'; query: string; hits: SearchEntity[] }
  | { status: 'error'; query: string; error: unknown };

const DEBOUNCE_MS = 120;
const MAX_HITS = 12;

function Highlighted({ text, query, lang }: { text: string; query: string; lang?: string }) {
  return (
    <span lang={lang}>
      {highlightMatches(text, query).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </span>
  );
}

export interface SearchBoxProps {
  label: string;
  placeholder: string;
  onChoose(entity: SearchEntity): void;
  /** Focus the box when "/" is pressed anywhere outside a text field. */
  slashShortcut?: boolean;
  className?: string;
  /** The reports in view (the API's `reports` filter); null or absent searches every report. */
  reports?: readonly string[] | null;
}

export function SearchBox({ label, placeholder, onChoose, slashShortcut = false, className, reports = null }: SearchBoxProps) {
  const reportsKey = reports?.join(',') ?? '';
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  /** The query Enter was pressed for before its hits arrived; they are chosen from when they do. */
  const [enterFor, setEnterFor] = useState<string | null>(null);

  useEffect(() => {
    if (!isSearchable(query)) {
      setResults({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setResults((previous) => ({ status: 'loading', query, hits: 'hits' in previous ? previous.hits : [] }));
      request(SearchDocument, { query, first: MAX_HITS, reports: reportsKey ? reportsKey.split(',') : null }, controller.signal).then(
        (data) => {
          if (controller.signal.aborted) return;
          const hits = (data.search ?? []).map((hit) => hit.entity);
          setResults({ status: 'ready', query, hits });
          setActive(hits.length > 0 ? 0 : -1);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setResults({ status: 'error', query, error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, attempt, reportsKey]);

  useEffect(() => {
    if (!slashShortcut) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slashShortcut]);

  const hits = results.status === 'ready' || results.status === 'loading' ? results.hits : [];
  const expanded = open && results.status !== 'idle';
  /** The hits belong to the text in the box (not to a query typed before it). */
  const current = results.status === 'ready' && results.query === query;

  const choose = (entity: SearchEntity) => {
    onChoose(entity);
    setOpen(false);
    setText('');
    setQuery('');
    setActive(-1);
    setEnterFor(null);
  };

  // An Enter that came early: once the hits of its query are in, choose the first.
  useEffect(() => {
    if (enterFor === null) return;
    if (enterFor !== query || results.status === 'error') {
      setEnterFor(null);
      return;
    }
    if (results.status !== 'ready' || results.query !== enterFor) return;
    setEnterFor(null);
    if (results.hits[0]) choose(results.hits[0]);
    else setOpen(true);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || composing.current || event.keyCode === 229) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (hits.length) setActive((i) => (i + 1) % hits.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (hits.length) setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
        break;
      case 'Home':
      case 'End':
        if (expanded && hits.length) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : hits.length - 1);
        }
        break;
      case 'Enter': {
        // The box may hold text whose query has not been sent yet (an IME just committed it).
        const wanted = normaliseQuery(event.currentTarget.value);
        if (!isSearchable(wanted)) break;
        event.preventDefault();
        const hit = current && wanted === query ? (hits[active] ?? hits[0]) : undefined;
        if (hit) choose(hit);
        else if (!current || wanted !== query) {
          if (wanted !== query) setQuery(wanted);
          setOpen(true);
          setEnterFor(wanted);
        }
        break;
      }
      case 'Escape':
        // Escape closes the hits, then clears the box; on an empty box it goes on to close the panel.
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        } else if (text) {
          event.preventDefault();
          setText('');
          setQuery('');
        }
        break;
    }
  };

  const update = (value: string) => {
    setText(value);
    setOpen(true);
    if (!composing.current) setQuery(normaliseQuery(value));
  };

  const shownQuery = results.status === 'idle' ? '' : results.query;
  return (
    <div className={`search ${className ?? ''}`}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && current && active >= 0 && hits[active] ? `${id}-hit-${active}` : undefined}
        aria-busy={enterFor !== null || results.status === 'loading'}
        placeholder={placeholder}
        value={text}
        onChange={(event) => update(event.target.value)}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          update(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {/* Scrollable, so keyboard users can reach all of it (arrows move through the hits from the box). */}
      <div className="search__popup" hidden={!expanded} tabIndex={expanded ? 0 : -1} onMouseDown={(event) => event.preventDefault()}>
        <ul id={listId} role="listbox" aria-label={`${label}: results`} className="search__list">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${id}-hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={`search__hit${i === active ? ' search__hit--active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <TypeDot type={hit.type} />
              <span className="search__hit-names">
                <span className="search__hit-name">
                  <Highlighted text={hit.name} query={shownQuery} lang="zh-Hans" />
                </span>
                <span className="search__hit-sub">
                  {hit.nameEn && <Highlighted text={hit.nameEn} query={shownQuery} />}
                  {hit.pinyin && (
                    <>
                      {' · '}
                      <Highlighted text={hit.pinyin} query={shownQuery} />
                    </>
                  )}
                </span>
              </span>
              <span className="search__hit-type">{ENTITY_STYLE[hit.type].name}</span>
            </li>
          ))}
        </ul>
        {results.status === 'loading' && hits.length === 0 && <p className="search__status">Searching…</p>}
        {results.status === 'ready' && hits.length === 0 && (
          <p className="search__status" role="status">
            Nothing matches “{results.query}”. Try Chinese (坪石), pinyin (pingshi) or English (forest city).
          </p>
        )}
        {results.status === 'error' && (
          <div className="search__status search__status--error" role="alert">
            {describeApiError(results.error)}{' '}
            <button type="button" className="link-button" onMouseDown={(event) => event.preventDefault()} onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
