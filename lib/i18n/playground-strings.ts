import type { jaPlayground } from './ja-playground';
import type { Shape } from './shape';

/** The playground's words in any language (the shape of ja-playground.ts, without its literal types). */
export type PlaygroundWords = Shape<typeof jaPlayground>;
