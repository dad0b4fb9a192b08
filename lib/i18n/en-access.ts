/**
 * PLACEHOLDER until the English words land: the Japanese strings under the English name, so that
 * the rest of the app can be written against the final shape.
 */
import type { Shape } from './shape';
import { jaAccess } from './ja-access';

export const enAccess: Shape<typeof jaAccess> = jaAccess;
