import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '@/lib/parser/digest';
import { parseStatement } from '@/lib/parser/statement';
import { fileTextReport } from '@/lib/parser/text-report';
import { exportParse, parseSource } from '@/lib/playground/parse-source';
import { internalErrorAnswer, isExportAnswer, isExportRequest, isParseAnswer, isParseRequest, ParseSequence } from '@/lib/playground/protocol';
import { APP_FIXTURE_DIGEST, APP_FIXTURE_STATEMENTS } from '@/tests/app-fixture';

const digest = fs.readFileSync(APP_FIXTURE_DIGEST, 'utf8');
const statementFile = fs.readdirSync(APP_FIXTURE_STATEMENTS).find((name) => name.endsWith('.txt'));
const statementText = fs.readFileSync(`${APP_FIXTURE_STATEMENTS}/${statementFile}`, 'utf8');

describe('the playground worker protocol', () => {
  it('answers a parse request with the same id, a row per event and the diagnostics the build parser gives', () => {
    const request = new ParseSequence().request(digest);
    const { answer } = parseSource(request);
    const expected = parseDigest(digest);
    expect(isParseRequest(request)).toBe(true);
    expect(isParseAnswer(answer)).toBe(true);
    expect(answer.id).toBe(request.id);
    expect(answer.format).toBe('digest');
    expect(answer.entries.map((row) => [row.id, row.date, row.time, row.title, row.start, row.end])).toEqual(
      expected.events.map((e) => [e.id, e.date, e.time, e.title, e.span.start, e.span.end]),
    );
    expect(answer.diagnostics).toEqual(expected.diagnostics);
  });

  it('writes the saved files as npm run parse does: the JSON of --format json and the report of --format text', () => {
    const { full } = parseSource({ type: 'parse', id: 1, text: digest });
    const expected = parseDigest(digest);
    expect(full).not.toBeNull();
    expect(exportParse(full!, 'json', 'd.txt')).toBe(`${JSON.stringify({ events: expected.events, diagnostics: expected.diagnostics }, null, 2)}\n`);
    expect(exportParse(full!, 'report', 'd.txt')).toBe(fileTextReport('d.txt', { kind: 'digest', events: expected.events }, expected.diagnostics));
  });

  it('reads a statement article as a statement, with the statement parser', () => {
    const { answer } = parseSource({ type: 'parse', id: 1, text: statementText });
    const { statement } = parseStatement(statementText);
    expect(answer.format).toBe('statement');
    expect(answer.statement).toMatchObject({ slug: statement.slug, title: statement.title });
    expect(answer.entries).toEqual([]);
  });

  it('keeps only the answer to the latest request, whatever order the answers come in', () => {
    const sequence = new ParseSequence();
    const first = sequence.request('a');
    const second = sequence.request('ab');
    expect(second.id).toBeGreaterThan(first.id);
    expect(sequence.isCurrent(parseSource(second).answer)).toBe(true);
    expect(sequence.isCurrent(parseSource(first).answer)).toBe(false);
    sequence.request('abc');
    expect(sequence.isCurrent(parseSource(second).answer)).toBe(false);
  });

  it('turns a parser that throws into the internal-error diagnostic, never an exception', () => {
    const broken = () => {
      throw new Error('boom');
    };
    const { answer, full } = parseSource({ type: 'parse', id: 7, text: digest }, { parseDigest: broken, parseStatement: broken });
    expect(answer.id).toBe(7);
    expect(answer.diagnostics.map((d) => d.code)).toEqual(['internal-error']);
    expect(answer.diagnostics[0]?.message).toContain('boom');
    expect(answer).toEqual(internalErrorAnswer({ id: 7 }, 'boom'));
    expect(full).toBeNull();
  });

  it('refuses messages of another shape', () => {
    expect(isParseRequest({ type: 'parse', id: '1', text: 'x' })).toBe(false);
    expect(isParseRequest({ type: 'parsed', id: 1, text: 'x' })).toBe(false);
    expect(isParseAnswer({ type: 'parsed', id: 1 })).toBe(false);
    expect(isParseAnswer(null)).toBe(false);
    expect(isExportRequest({ type: 'export', id: 1, kind: 'json', fileName: 'd.txt' })).toBe(true);
    expect(isExportRequest({ type: 'export', id: 1, kind: 'csv', fileName: 'd.txt' })).toBe(false);
    expect(isExportAnswer({ type: 'exported', id: 1, kind: 'json', content: null })).toBe(true);
    expect(isExportAnswer({ type: 'exported', id: 1, kind: 'json' })).toBe(false);
  });
});
