/**
 * How Japanese pages write an entry's dates (`2025年6月26日(木)`). The dates travel with the
 * dictionaries, so that a page's client code carries its own language's formatter only.
 */
import { formatJaDate, formatJaDateTime, formatJaEventDay } from '@/lib/explorer/dates';

export const jaDates = { date: formatJaDate, dateTime: formatJaDateTime, eventDay: formatJaEventDay };
