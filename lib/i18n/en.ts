/**
 * PLACEHOLDER until the English words land: the Japanese strings under the English name, so that
 * the rest of the app can be written against the final shape.
 */
import type { Shape } from './shape';
import { ja } from './ja';

export const en: Shape<typeof ja> = ja;
