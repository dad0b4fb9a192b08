/** A rendered page (or API answer) as the server keeps it: the final bytes with what was decided about it. */
export interface KeptPage {
  body: Buffer;
  /** The same body gzipped once, for the readers that accept it; undefined when it would not be smaller. */
  gzipped: Buffer | undefined;
  /** Response headers to send with it (the policy with its script hashes, the ETag, Cache-Control…). */
  headers: Record<string, string>;
  /**
   * The heads of its three answers written out once (name, value, name, value…, as `writeHead`
   * takes them): a reader served from the store costs what a static file costs, and nothing about
   * the answer is worked out again per request.
   */
  heads: {
    plain: string[];
    gzipped: string[] | undefined;
    notModified: string[];
    /**
     * A file the app gzipped once (the explorer's items file: coding.ts, sendAsCoded), to a
     * reader that takes no gzip: the gzipped bytes as they are, application/gzip, as the app sends
     * them to such a reader. Undefined for every other answer, whose plain body such a reader gets.
     */
    asIs?: string[];
  };
  etag: string;
  /** The data version the page was rendered from. */
  dataVersion: string;
}

/** The bytes an entry holds, its key counted too. */
function sizeOf(key: string, page: KeptPage): number {
  const texts = [...Object.entries(page.headers).flat(), ...page.heads.plain, ...(page.heads.gzipped ?? []), ...page.heads.notModified, ...(page.heads.asIs ?? [])];
  const headerBytes = texts.reduce((sum, text) => sum + text.length, 0);
  return key.length * 2 + page.body.length + (page.gzipped?.length ?? 0) + headerBytes;
}

/**
 * The pages kept by one server process: least recently used first out, bounded by bytes (not by
 * count: a list page can weigh a hundred event pages). It holds only what the server put in, and
 * the server puts in 200 answers alone. All entries are of one data version: the process reads its
 * data once, and an entry of another version empties the store rather than sit beside it.
 */
export class PageStore {
  private readonly pages = new Map<string, { page: KeptPage; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The most one entry may weigh: an eighth of the bound, so that one large answer cannot push out every page. */
  get maxEntryBytes(): number {
    return this.maxBytes / 8;
  }

  /** The page kept under this key, now the most recently used; undefined when none is. */
  get(key: string): KeptPage | undefined {
    const entry = this.pages.get(key);
    if (!entry) return undefined;
    this.pages.delete(key);
    this.pages.set(key, entry);
    return entry.page;
  }

  /** Keeps a page, evicting the least recently used until the store is within its bound. A page larger than an eighth of the bound is not kept. */
  set(key: string, page: KeptPage): boolean {
    const bytes = sizeOf(key, page);
    if (bytes > this.maxEntryBytes) return false;
    const first = this.pages.values().next().value;
    if (first && first.page.dataVersion !== page.dataVersion) this.clear();
    this.delete(key);
    this.pages.set(key, { page, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= entry.bytes;
    }
    return true;
  }

  private delete(key: string): void {
    const entry = this.pages.get(key);
    if (!entry) return;
    this.pages.delete(key);
    this.bytes -= entry.bytes;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }

  /** Bytes held now (never above the bound). */
  get size(): number {
    return this.bytes;
  }

  get count(): number {
    return this.pages.size;
  }
}
