import { describe, expect, it } from 'vitest';
import { dateFromId, parseDigest, uncoveredRanges } from '@/lib/parser/digest';

const HEADER = '年 月 日 出 典 標 題 要 旨 ';

function parse(body: string, header = HEADER) {
  const text = header + body;
  const result = parseDigest(text);
  expect(uncoveredRanges(text, result)).toEqual([]);
  return { text, ...result };
}

const codes = (result: { diagnostics: Array<{ code: string }> }) => result.diagnostics.map((d) => d.code);

describe('dates and times', () => {
  it('accepts . and : as date separators', () => {
    const { events } = parse('2023.05:13 22:49 日経新聞 題 <2306-051301> 要旨。 2023.05.12 日経新聞 題 <2306-051202> 要旨。');
    expect(events.map((e) => e.date)).toEqual(['2023-05-13', '2023-05-12']);
  });

  it('rolls the year back for a December article in a January issue: 2301-121604 is 2022-12-16', () => {
    expect(dateFromId('2301-121604')).toMatchObject({ year: 2022, month: 12, day: 16 });
    const result = parse('2022.12.16 10:00 日経新聞 題 <2301-121604> 要旨。');
    expect(result.events[0]?.date).toBe('2022-12-16');
    expect(codes(result)).toEqual([]);
  });

  it('reports a date that disagrees with the ID and keeps the date as written', () => {
    const result = parse('2023.05.14 日経新聞 題 <2306-051301> 要旨。');
    expect(result.events[0]?.date).toBe('2023-05-14');
    const d = result.diagnostics.find((x) => x.code === 'date-id-mismatch');
    expect(d).toMatchObject({ severity: 'warning', line: 1, column: HEADER.length + 1 });
  });

  it('reports a year that disagrees with the issue', () => {
    const result = parse('2021.05.13 日経新聞 題 <2306-051301> 要旨。');
    expect(codes(result)).toContain('date-issue-mismatch');
  });

  it('reports an impossible date as an error and leaves the entry out', () => {
    const result = parse('2023.02.30 日経新聞 題 <2303-023001> 要旨。');
    expect(result.events).toEqual([]);
    expect(result.diagnostics.find((d) => d.code === 'invalid-date')?.severity).toBe('error');
  });

  it('takes 00:00 as a placeholder: no time, and a warning at the time', () => {
    const result = parse('2025.06.26 00:00 日経新聞 題 <2507-062601> 要旨。');
    expect(result.events[0]?.time).toBeNull();
    const d = result.diagnostics.find((x) => x.code === 'placeholder-time')!;
    expect(result.text.slice(d.start, d.end)).toBe('00:00');
  });

  it('reports a time that is not a time of day', () => {
    const result = parse('2025.06.26 25:10 日経新聞 題 <2507-062601> 要旨。');
    expect(result.events[0]?.time).toBeNull();
    expect(codes(result)).toContain('invalid-time');
  });

  it('does not start a new entry at date-like text inside a summary', () => {
    const result = parse(
      '2018.07.20 日経新聞 協定に署名 <1808-072001> 署名は2018.07.17 東京で行われた。 発効は 2018.07.19 とされた。 2018.07.10 東京新聞 別の記事 <1808-071002> 要旨。',
    );
    expect(result.events.map((e) => e.id)).toEqual(['1808-072001', '1808-071002']);
    expect(result.events[0]?.summary).toBe('署名は2018.07.17 東京で行われた。 発効は 2018.07.19 とされた。');
    expect(result.events[1]?.title).toBe('別の記事');
  });
});

describe('outlets', () => {
  it.each([
    ['共同通信 (Yahoo)', 'kyodo', 'Yahoo'],
    ['共同通信(Yahoo)', 'kyodo', 'Yahoo'],
    ['テレ朝 News(Yahoo)', 'tv-asahi', 'Yahoo'],
    ['Reuters 通信(Yahoo)', 'reuters', 'Yahoo'],
    ['Yahoo 時事通信記事', 'jiji', 'Yahoo'],
    ["Jane's 360", 'janes', null],
    ['日本経済新聞', 'nikkei', null],
    ['AFP時事', 'afp-jiji', null],
    ['NHK', 'nhk', null],
    ['Nikkei Asia', 'nikkei-asia', null],
    ['Financial Times', 'financial-times', null],
  ])('reads %s as %s via %s', (raw, key, via) => {
    const { events, diagnostics } = parse(`2025.01.21 18:52 ${raw} 題名 <2502-012113> 要旨。`);
    expect(events[0]?.outlet).toMatchObject({ raw, key, via, known: true });
    expect(events[0]?.title).toBe('題名');
    expect(diagnostics).toEqual([]);
  });

  it('falls back to the token before the title for an unknown outlet, with a warning', () => {
    const result = parse('2025.01.21 18:52 北国新聞(Yahoo) 題名 <2502-012113> 要旨。');
    expect(result.events[0]?.outlet).toMatchObject({ raw: '北国新聞(Yahoo)', name: '北国新聞', via: 'Yahoo', known: false });
    expect(result.events[0]?.outlet.key).toMatch(/^outlet-[0-9a-f]{8}$/);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['unknown-outlet', 'warning']]);
  });
});

describe('summaries', () => {
  it('takes a resolved 【関連記事】 out of the summary', () => {
    const result = parse(
      '2023.05.10 CNN(Yahoo) 題 <2306-051019> 前。 【関連記事:2306-050317 (時事 2023.05.03)】 後。 2023.05.03 時事通信(Yahoo) 元 <2306-050317> 要旨。',
    );
    expect(result.events[0]?.summary).toBe('前。 後。');
    expect(result.events[0]?.refs[0]).toMatchObject({ id: '2306-050317', outlet: '時事', date: '2023-05-03', resolved: true });
    expect(codes(result)).toEqual([]);
  });

  it('keeps a malformed 【関連記事】 in the summary and warns', () => {
    const result = parse('2023.05.10 CNN(Yahoo) 題 <2306-051019> 前。 【関連記事:不明】 後。');
    expect(result.events[0]?.summary).toBe('前。 【関連記事:不明】 後。');
    expect(codes(result)).toEqual(['malformed-ref']);
  });

  it('keeps a 【註】 note out of the summary', () => {
    const result = parse('2022.06.07 17:14 TBS News(Yahoo) 題 <2207-060705> 本文。 【註】 注記の文。');
    expect(result.events[0]?.summary).toBe('本文。');
    expect(result.events[0]?.notes).toEqual(['注記の文。']);
  });

  it('removes stray tags and broken tags with a warning each', () => {
    const result = parse('2025.06.26 12:00 日経新聞 題 <2507-062601> 前。<br>中。</td> 後。/td>');
    expect(result.events[0]?.summary).toBe('前。中。 後。');
    expect(result.diagnostics.filter((d) => d.code === 'html-leftover').map((d) => d.excerpt)).toEqual(['<br>', '</td>', '/td>']);
  });

  it('reports an entry with no summary', () => {
    expect(codes(parse('2025.06.26 12:00 日経新聞 題 <2507-062601>'))).toEqual(['empty-summary']);
  });
});

describe('the file as a whole', () => {
  it('reports residue after the last entry with its line', () => {
    const result = parse('2025.06.26 12:00 日経新聞 題 <2507-062601> 要旨。\n(Yahoo)\n\n残り');
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['trailing-residue', 2, 1],
      ['trailing-residue', 4, 1],
    ]);
    expect(result.events[0]?.summary).toBe('要旨。');
  });

  it('reports lines left between two entries with their line, out of the summary before them', () => {
    const result = parse(
      '2025.06.26 12:00 日経新聞 題 <2507-062601> 要旨。\n(Yahoo)\n「日・NATO、初の『政治宣言』」\n2025.06.24 22:48 共同通信 次の題 <2507-062438> 次の要旨。',
    );
    expect(result.events.map((e) => [e.id, e.summary])).toEqual([
      ['2507-062601', '要旨。'],
      ['2507-062438', '次の要旨。'],
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column, result.text.slice(d.start, d.end).trim()])).toEqual([
      ['stray-residue', 2, 1, '(Yahoo)'],
      ['stray-residue', 3, 1, '「日・NATO、初の『政治宣言』」'],
    ]);
  });

  it("keeps a summary's own lines: sentences after a line break, and a note or reference on its own line", () => {
    const result = parse(
      '2025.06.26 12:00 日経新聞 題 <2507-062601> 一文目。\n二文目。\n【註】注記。 2025.06.24 22:48 共同通信 次の題 <2507-062438> 要旨',
    );
    expect(result.diagnostics.filter((d) => d.code === 'stray-residue')).toEqual([]);
    expect(result.events[0]?.summary).toContain('二文目。');
  });

  it('reports an entry cut off before its marker as an error at the cut, out of the previous summary', () => {
    const result = parse('2025.06.26 12:00 日経新聞 題 <2507-062601> 要旨。 2025.06.24 22:48 共同通信 NATO日本事務所開設を断念 <2507-0624');
    expect(result.events.map((e) => e.id)).toEqual(['2507-062601']);
    expect(result.events[0]?.summary).toBe('要旨。');
    expect(result.events[0]?.partners).toEqual([]);
    const cut = result.diagnostics.find((d) => d.code === 'truncated-entry')!;
    expect(cut.severity).toBe('error');
    expect(result.text.slice(cut.start, cut.end)).toBe('2025.06.24 22:48 共同通信 NATO日本事務所開設を断念 <2507-0624');
  });

  it('finds a cut entry in the middle of the file too, and a date cut short', () => {
    const middle = parse('2025.06.26 12:00 日経新聞 一 <2507-062601> 要旨。 2025.06.25 22:48 共同通 2025.06.24 12:00 日経新聞 二 <2507-062402> 要旨。');
    expect(middle.events.map((e) => e.summary)).toEqual(['要旨。', '要旨。']);
    expect(codes(middle)).toEqual(['truncated-entry']);
    expect(codes(parse('2025.06.26 12:00 日経新聞 一 <2507-062601> 要旨。 2025.06.2'))).toEqual(['truncated-entry']);
  });

  it('does not take a date inside the last sentence of a summary for a cut entry', () => {
    const result = parse('2018.07.20 日経新聞 題 <1808-072001> 協定は 2018.07.19 に発効した。');
    expect(codes(result)).toEqual([]);
  });

  it('reports a duplicated ID as an error and keeps the first entry', () => {
    const result = parse('2025.06.26 12:00 日経新聞 一 <2507-062601> 要旨。 2025.06.26 12:00 日経新聞 二 <2507-062601> 要旨。');
    expect(result.events.map((e) => e.title)).toEqual(['一']);
    expect(result.diagnostics.find((d) => d.code === 'duplicate-id')?.severity).toBe('error');
  });

  it('reports text before the first entry that is not the table header', () => {
    const result = parse('2025.06.26 12:00 日経新聞 題 <2507-062601> 要旨。', 'ごみ ');
    expect(result.header).toBeNull();
    expect(codes(result)).toEqual(['unrecognised-header']);
  });

  it('reports an empty file, a file with no entries, a binary file and a non-UTF-8 file as errors', () => {
    expect(codes(parseDigest(''))).toEqual(['empty-input']);
    expect(codes(parseDigest('年 月 日 出 典 標 題 要 旨 何もない'))).toEqual(['no-entries']);
    expect(codes(parseDigest('\u0000\u0001PK\u0003'))).toEqual(['binary-input']);
    expect(codes(parseDigest('\uFFFD\uFFFD 2025'))).toEqual(['replacement-character']);
  });

  it('reads a digest the same with a BOM, CRLF line ends or full-width spaces', () => {
    const body = '2025.06.26 12:00 日経新聞 題 <2507-062601> 要旨。 2025.06.24 22:48 共同通信 (Yahoo) 題二 <2507-062438> 要旨二。\n(Yahoo)\n';
    const plain = parse(body);
    const strip = (r: typeof plain) =>
      r.events.map((e) => ({ id: e.id, date: e.date, time: e.time, outlet: e.outlet.key, title: e.title, summary: e.summary }));
    const variants = [
      parse(body, `\uFEFF${HEADER}`),
      parse(body.replace(/\n/g, '\r\n')),
      parse(body.replace('2025.06.26 12:00 日経新聞 題', '2025.06.26\u300012:00\u3000日経新聞\u3000題')),
    ];
    for (const variant of variants) {
      expect(strip(variant)).toEqual(strip(plain));
      expect(variant.diagnostics.map((d) => d.code)).toEqual(plain.diagnostics.map((d) => d.code));
    }
  });

  it('counts columns in characters, not bytes', () => {
    const result = parse('2025.06.26 12:00 日経新聞 題 <2507-062601> 要旨。/td>');
    const d = result.diagnostics.find((x) => x.code === 'html-leftover')!;
    expect(d.column).toBe([...result.text.slice(0, d.start)].length + 1);
  });
});
