import 'server-only';
import type { Lang } from './lang';
import type { Shape } from './shape';
import { ja } from './ja';
import { jaAccess } from './ja-access';
import { jaCite } from './ja-cite';
import { jaExport } from './ja-export';
import { jaMilestones } from './ja-milestones';
import { jaPartners } from './ja-partners';
import { jaPlayground } from './ja-playground';
import { jaPages } from './ja-pages';
import { en } from './en';
import { enAccess } from './en-access';
import { enCite } from './en-cite';
import { enExport } from './en-export';
import { enMilestones } from './en-milestones';
import { enPartners } from './en-partners';
import { enPlayground } from './en-playground';
import { enPages } from './en-pages';

const japanese = {
  ui: ja,
  access: jaAccess,
  cite: jaCite,
  export: jaExport,
  milestones: jaMilestones,
  partners: jaPartners,
  playground: jaPlayground,
  pages: jaPages,
};

/** Every string of the interface in one language. Server-only: a client island gets the few it shows as props. */
export type Dictionary = Shape<typeof japanese>;

const dictionaries: Record<Lang, Dictionary> = {
  ja: japanese,
  en: { ui: en, access: enAccess, cite: enCite, export: enExport, milestones: enMilestones, partners: enPartners, playground: enPlayground, pages: enPages },
};

export function getDictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}

