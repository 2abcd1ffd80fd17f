import { Button } from '@/components/ui/button';

/** The part of an infinite query that *Load more* needs. */
export interface Pager {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * *Load more* under a list whose route has a next page (the API's cursor); nothing when it has none. Its accessible
 * name starts with its visible text (WCAG 2.5.3) and names what it loads.
 */
export function LoadMore({ pager, what }: { pager: Pager; what: string }) {
  if (!pager.hasNextPage) return null;
  return (
    <div className="flex justify-center pt-1">
      <Button size="sm" variant="outline" aria-label={`Load more ${what}`} disabled={pager.isFetchingNextPage} onClick={() => void pager.fetchNextPage()}>
        Load more
      </Button>
    </div>
  );
}
