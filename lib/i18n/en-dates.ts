/** How English pages write an entry's dates (`26 June 2025`), with ja-dates.ts's shape. */
import { formatEnDate, formatEnDateTime, formatEnEventDay } from '@/lib/explorer/dates-en';
import type { jaDates } from './ja-dates';

export const enDates: typeof jaDates = { date: formatEnDate, dateTime: formatEnDateTime, eventDay: formatEnEventDay };
