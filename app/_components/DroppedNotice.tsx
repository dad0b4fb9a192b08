import type { DroppedValue } from '@/lib/explorer';
import { droppedMessagesOf } from '@/lib/i18n/dropped-messages';
import { Button } from './ui/button';
import { useStrings } from './i18n/strings-context';

/** Says which parts of the URL were not used, and why. */
export function DroppedNotice({ dropped, onDismiss }: { dropped: readonly DroppedValue[]; onDismiss: () => void }) {
  const strings = useStrings();
  const { ui } = strings;
  const droppedMessages = droppedMessagesOf(strings);
  return (
    <div role="status" className="rounded-lg border border-notice-rule bg-notice p-3 text-sm text-notice-ink">
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="font-semibold">{ui.explorer.droppedHeading}</p>
          <ul className="mt-1 list-disc pl-5">
            {dropped.map((value, index) => (
              <li key={index}>{droppedMessages[value.reason](value.reason === 'query-too-long' ? value.value : truncate(value.value))}</li>
            ))}
          </ul>
        </div>
        <Button className="shrink-0" onClick={onDismiss}>
          {ui.explorer.dismiss}
        </Button>
      </div>
    </div>
  );
}

/** A dropped value can be anything a URL holds: show enough to recognise it. */
function truncate(value: string): string {
  const chars = [...value];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value;
}
