import { listedOptions, type ExplorerFacets, type FacetOption } from '@/lib/explorer';
import { SEARCH_PATH, type SearchPageState } from '@/lib/search-page';
import { Button } from '@/app/_components/ui/button';
import { localHref, pageStrings } from '@/lib/i18n/page-lang';

const labelClass = 'block text-sm/normal font-bold text-body';
const fieldClass = 'mt-1 rounded border border-control bg-surface px-2 py-1.5';
const optionClass = 'flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm/normal hover:bg-surface-hover';

interface SearchFormProps {
  state: SearchPageState;
  /** What the reader typed, shown back as it was (even when it was refused). */
  typed: string;
  facets: ExplorerFacets;
}

function Checkboxes({ legend, name, options, chosen }: { legend: string; name: 'outlet' | 'partner'; options: readonly FacetOption[]; chosen: readonly string[] }) {
  return (
    <fieldset className="min-w-0">
      <legend className={labelClass}>{legend}</legend>
      <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
        {listedOptions(options, chosen).map((option) => (
          <li key={option.value}>
            <label className={optionClass}>
              <input type="checkbox" className="size-4 accent-accent" name={name} value={option.value} defaultChecked={chosen.includes(option.value)} />
              <span lang={option.lang}>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The search box and the explorer's filters, as a plain GET form to /search: it works the same
 * with JavaScript off. Repeated outlet= and partner= are what the readers expect.
 */
export function SearchForm({ state, typed, facets }: SearchFormProps) {
  const { ui: ja } = pageStrings();
  const chosen = state.outlets.length + state.partners.length;
  return (
    <form method="get" action={localHref(SEARCH_PATH)} role="search" aria-label={ja.search.title} className="space-y-3 rounded-lg border border-rule bg-surface p-4">
      <div>
        <label htmlFor="search-q" className={labelClass}>
          {ja.search.query}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={typed}
            placeholder={ja.search.queryPlaceholder}
            aria-describedby="search-help"
            autoComplete="off"
            className={`${fieldClass} min-w-0 flex-1 basis-64`}
          />
          <Button type="submit" variant="primary" className="mt-1">
            {ja.search.submit}
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <div>
          <label htmlFor="search-kind" className={labelClass}>
            {ja.filters.kind}
          </label>
          <select id="search-kind" name="kind" defaultValue={state.kind ?? 'all'} className={fieldClass}>
            <option value="all">{ja.filters.kindAll}</option>
            <option value="news">{ja.filters.kindNews}</option>
            <option value="statement">{ja.filters.kindStatement}</option>
          </select>
        </div>
        <div>
          <label htmlFor="search-order" className={labelClass}>
            {ja.search.order}
          </label>
          <select id="search-order" name="order" defaultValue={state.order} className={fieldClass}>
            <option value="newest">{ja.search.orderNewest}</option>
            <option value="relevance">{ja.search.orderRelevance}</option>
          </select>
        </div>
      </div>
      <details open={chosen > 0} className="rounded border border-rule p-2">
        <summary className="cursor-pointer text-sm font-bold">{ja.search.filters(chosen)}</summary>
        <div className="mt-2 space-y-3">
          <Checkboxes legend={ja.filters.outlets} name="outlet" options={facets.outlets} chosen={state.outlets} />
          <Checkboxes legend={ja.filters.partners} name="partner" options={facets.partners} chosen={state.partners} />
        </div>
      </details>
    </form>
  );
}
