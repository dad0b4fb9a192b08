'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { isQueryTooLong } from '@/lib/search/query';
import { listedOptions, toggleValue, type ExplorerFacets, type ExplorerFilters, type ExplorerKind, type ExplorerView, type FacetOption, type OptionCounts } from '@/lib/explorer';
import { isPeriod, periodFirstDay, periodLastDay } from '@/lib/url-params/date-range';
import clsx from 'clsx';
import { StateLink } from './StateLink';
import { Button } from './ui/button';
import { textLinkClass } from './ui/text-link';
import { hrefIn, useStrings } from './i18n/strings-context';

interface FilterFormProps {
  facets: ExplorerFacets;
  counts: OptionCounts;
  filters: ExplorerFilters;
  view: ExplorerView;
  /** How many conditions are active, for the collapsed summary on phones. */
  activeCount: number;
  /** How many entries pass the filters: the phone's sheet ends with a button that shows them. */
  resultCount: number;
  onChange: (filters: ExplorerFilters, change: 'q' | 'other') => void;
  clearHref: string;
  onClear: () => void;
}

const QUERY_DELAY_MS = 250;
/** What the range boxes accept as typed (the reader also checks that the day exists). */
const PERIOD_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const WIDE_SCREEN = '(min-width: 768px)';

const subscribeNothing = () => () => {};

const legendClass = 'block text-sm/normal font-bold text-body';
const hintClass = 'mt-0.5 text-xs/normal text-muted';
// A finger's height (44 px) on a phone.
const optionClass = 'flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm/normal hover:bg-surface-hover max-md:min-h-11';
const inputClass = 'size-4 accent-accent';
// While the explorer waits for the entries of a new state (data-pending), its counts no longer hold.
const countClass = 'filter-count text-xs/normal tabular-nums text-muted in-data-pending:invisible';

/**
 * The filters, as a real GET form on `/`: with JavaScript off, submitting it renders the filtered
 * page on the server (repeated `outlet=`/`partner=` parameters are understood). With JavaScript,
 * every change applies at once and the submit button is not shown.
 */
export function FilterForm({ facets, counts, filters, view, activeCount, resultCount, onChange, clearHref, onClear }: FilterFormProps) {
  const strings = useStrings();
  const { ui, access, milestones } = strings;
  const id = useId();
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const detailsRef = useRef<HTMLDetailsElement>(null);

  // The text box is edited freely and applied after a pause; a query changed elsewhere (back
  // button, clear all) replaces what is in the box.
  const [draft, setDraft] = useState(filters.q);
  const [appliedQ, setAppliedQ] = useState(filters.q);
  if (filters.q !== appliedQ) {
    setAppliedQ(filters.q);
    setDraft(filters.q);
  }
  const queryTooLong = isQueryTooLong(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The range boxes likewise: applied once what is typed is a period (or nothing), in order.
  const [range, setRange] = useState({ from: filters.from ?? '', to: filters.to ?? '' });
  const [appliedRange, setAppliedRange] = useState({ from: filters.from, to: filters.to });
  if (filters.from !== appliedRange.from || filters.to !== appliedRange.to) {
    setAppliedRange({ from: filters.from, to: filters.to });
    setRange({ from: filters.from ?? '', to: filters.to ?? '' });
  }
  const rangeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What is wrong with the boxes is said once the reader leaves a box or presses Enter, not mid-typing.
  const [rangeChecked, setRangeChecked] = useState<{ from: boolean; to: boolean }>({ from: false, to: false });
  const badPeriod = (which: 'from' | 'to') => range[which].trim() !== '' && !isPeriod(range[which].trim());
  const reversed = !badPeriod('from') && !badPeriod('to') && range.from.trim() !== '' && range.to.trim() !== '' && periodFirstDay(range.from.trim()) > periodLastDay(range.to.trim());
  const rangeErrors = (['from', 'to'] as const).filter((which) => rangeChecked[which] && badPeriod(which));
  const showReversed = reversed && (rangeChecked.from || rangeChecked.to);
  useEffect(() => () => clearTimeout(rangeTimer.current), []);
  const applyRange = (next: { from: string; to: string }) => {
    clearTimeout(rangeTimer.current);
    const from = next.from.trim();
    const to = next.to.trim();
    if ((from !== '' && !isPeriod(from)) || (to !== '' && !isPeriod(to))) return;
    // A start after the end waits for the other box: the URL never holds a reversed range.
    if (from !== '' && to !== '' && periodFirstDay(from) > periodLastDay(to)) return;
    if ((from || null) !== filters.from || (to || null) !== filters.to) onChange({ ...filters, from: from || null, to: to || null }, 'other');
  };
  const rangeInput = (which: 'from' | 'to', label: string) => (
    <label className="flex min-w-0 flex-1 flex-col text-sm/normal">
      <span>{label}</span>
      <input
        type="text"
        name={which}
        value={range[which]}
        inputMode="numeric"
        pattern={PERIOD_PATTERN}
        placeholder={which === 'from' ? '2013' : '2025-06'}
        aria-invalid={(rangeChecked[which] && badPeriod(which)) || showReversed || undefined}
        aria-describedby={rangeErrors.length > 0 || showReversed ? `${id}-range-error ${id}-range-hint` : `${id}-range-hint`}
        onBlur={() => setRangeChecked((checked) => ({ ...checked, [which]: true }))}
        // The form has no submit button once hydrated (so no implicit submission): Enter applies.
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          setRangeChecked({ from: true, to: true });
          applyRange(range);
        }}
        autoComplete="off"
        className="mt-0.5 w-full rounded border border-control bg-surface px-2 py-1.5 tabular-nums invalid:border-alert-rule"
        onChange={(event) => {
          const next = { ...range, [which]: event.target.value };
          setRange(next);
          clearTimeout(rangeTimer.current);
          rangeTimer.current = setTimeout(() => applyRange(next), QUERY_DELAY_MS);
        }}
      />
    </label>
  );

  // Wide screens show the filters open; browsers without ::details-content support need the attribute.
  useEffect(() => {
    if (window.matchMedia(WIDE_SCREEN).matches && detailsRef.current) detailsRef.current.open = true;
  }, []);

  const applyQuery = (q: string) => {
    clearTimeout(timer.current);
    if (q.trim() !== filters.q.trim()) onChange({ ...filters, q }, 'q');
  };

  const checkboxGroup = (legend: string, hint: string, name: 'outlet' | 'partner', options: readonly FacetOption[], chosen: readonly string[], countOf: Map<string, number>) => {
    const order = options.map((option) => option.value);
    return (
      <fieldset className="min-w-0">
        <legend className={legendClass}>{legend}</legend>
        <p className={hintClass}>{hint}</p>
        <ul className="mt-1 space-y-0.5">
          {listedOptions(options, chosen).map((option) => {
            const count = countOf.get(option.value) ?? 0;
            const checked = chosen.includes(option.value);
            return (
              <li key={option.value}>
                <label className={clsx(optionClass, count === 0 && !checked && 'text-faint')}>
                  <input
                    type="checkbox"
                    className={inputClass}
                    name={name}
                    value={option.value}
                    checked={checked}
                    onChange={() => {
                      const next = toggleValue(chosen, option.value, order);
                      onChange(name === 'outlet' ? { ...filters, outlets: next } : { ...filters, partners: next }, 'other');
                    }}
                  />
                  <span lang={option.lang} className="flex-1">{option.label}</span>
                  <span className={countClass}>{ui.filters.count(count)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    );
  };

  const kinds: Array<{ value: ExplorerKind | null; label: string }> = [
    { value: null, label: ui.filters.kindAll },
    { value: 'news', label: ui.filters.kindNews },
    { value: 'statement', label: ui.filters.kindStatement },
  ];
  const kindTotal = [...counts.kinds.values()].reduce((sum, n) => sum + n, 0);

  return (
    <form
      method="get"
      action={hrefIn(strings, '/')}
      role="search"
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-rule bg-surface md:sticky md:top-4 md:max-h-[calc(100vh-2rem)] md:overflow-y-auto md:p-3"
      onSubmit={(event) => {
        event.preventDefault();
        setRangeChecked({ from: true, to: true });
        applyQuery(draft);
        applyRange(range);
      }}
    >
      {/* Always open on wide screens, even before (or without) JavaScript. */}
      <details ref={detailsRef} className="md:details-content:contents md:details-content:[content-visibility:visible]">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-bold md:hidden">{ui.filters.summary(activeCount)}</summary>
        <div className="space-y-4 p-3 md:p-0">
          <h2 id={`${id}-heading`} className="text-base font-bold text-ink">
            {ui.filters.heading}
          </h2>

          <div>
            <label htmlFor={`${id}-q`} className={legendClass}>
              {ui.filters.query}
            </label>
            <input
              id={`${id}-q`}
              type="search"
              name="q"
              value={draft}
              placeholder={ui.filters.queryPlaceholder}
              aria-describedby={queryTooLong ? `${id}-q-error ${id}-q-hint` : `${id}-q-hint`}
              aria-invalid={queryTooLong || undefined}
              autoComplete="off"
              className="mt-1 w-full rounded border border-control bg-surface px-2 py-1.5"
              onChange={(event) => {
                const q = event.target.value;
                setDraft(q);
                clearTimeout(timer.current);
                timer.current = setTimeout(() => applyQuery(q), QUERY_DELAY_MS);
              }}
            />
            {queryTooLong ? (
              <p id={`${id}-q-error`} role="alert" className="mt-1 text-sm font-bold text-danger">
                {ui.filters.queryTooLong([...draft].length)}
              </p>
            ) : null}
            <p id={`${id}-q-hint`} className={hintClass}>
              {ui.filters.queryHint}
            </p>
          </div>

          <fieldset className="min-w-0">
            <legend className={legendClass}>{ui.filters.kind}</legend>
            <ul className="mt-1 space-y-0.5">
              {kinds.map((kind) => (
                <li key={kind.value ?? 'all'}>
                  <label className={optionClass}>
                    <input
                      type="radio"
                      className={inputClass}
                      name="kind"
                      value={kind.value ?? 'all'}
                      checked={filters.kind === kind.value}
                      onChange={() => onChange({ ...filters, kind: kind.value }, 'other')}
                    />
                    <span className="flex-1">{kind.label}</span>
                    <span className={countClass}>{ui.filters.count(kind.value ? (counts.kinds.get(kind.value) ?? 0) : kindTotal)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>

          <fieldset className="min-w-0">
            <legend className={legendClass}>{milestones.filters.range}</legend>
            <p id={`${id}-range-hint`} className={hintClass}>
              {milestones.filters.rangeHint}
            </p>
            <div className="mt-1 flex gap-2">
              {rangeInput('from', milestones.filters.from)}
              {rangeInput('to', milestones.filters.to)}
            </div>
            {rangeErrors.length > 0 || showReversed ? (
              <p id={`${id}-range-error`} role="alert" className="mt-1 text-sm font-bold text-danger">
                {rangeErrors.map((which) => access.badDate(range[which].trim())).join(' ')}
                {showReversed ? access.reversedRange : null}
              </p>
            ) : null}
          </fieldset>

          <div>
            <label className={optionClass}>
              <input
                type="checkbox"
                className={inputClass}
                name="milestones"
                value="1"
                checked={filters.milestones}
                aria-describedby={`${id}-milestones-hint`}
                onChange={() => onChange({ ...filters, milestones: !filters.milestones }, 'other')}
              />
              <span className="flex-1 font-bold">
                <span aria-hidden="true">{milestones.timeline.milestoneMark} </span>
                {milestones.filters.milestonesOnly}
              </span>
            </label>
            <p id={`${id}-milestones-hint`} className={hintClass}>
              {milestones.filters.milestonesHint}
            </p>
          </div>

          {checkboxGroup(ui.filters.outlets, ui.filters.outletsHint, 'outlet', facets.outlets, filters.outlets, counts.outlets)}
          {checkboxGroup(ui.filters.partners, ui.filters.partnersHint, 'partner', facets.partners, filters.partners, counts.partners)}

          {view === 'list' ? <input type="hidden" name="view" value="list" /> : null}

          <div className="flex flex-wrap items-center gap-3">
            {hydrated ? null : (
              <Button type="submit" variant="primary">
                {ui.filters.submit}
              </Button>
            )}
            <StateLink href={clearHref} onNavigate={onClear} className={clsx(textLinkClass, 'inline-flex items-center text-sm max-md:min-h-11')}>
              {ui.filters.clear}
            </StateLink>
          </div>
          {hydrated ? (
            // On a phone the open sheet is taller than the screen: its end stays in reach, with the
            // count, and closes it onto the results.
            <div className="sticky bottom-0 -mx-3 border-t border-rule bg-surface px-3 py-2 md:hidden">
              <Button
                variant="primary"
                className="w-full"
                onClick={() => {
                  const details = detailsRef.current;
                  if (!details) return;
                  details.open = false;
                  details.querySelector('summary')?.focus();
                }}
              >
                {access.showResults(resultCount)}
              </Button>
            </div>
          ) : null}
        </div>
      </details>
    </form>
  );
}
