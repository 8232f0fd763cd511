import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { issueMessage } from '../issue-message';
import { message, type Message } from '../message';
import { pathToField } from './messages';
import { parameterFileSchema, toDefinition } from './parameters';
import type { ParameterDefinition, ParameterSet } from './parameters';

// Parses and validates rules files (parameters, gemeente configs, funds) from text. Pure: the
// caller reads the files (scripts/compile-rules.ts). Every problem names file, line and field.

export interface RulesFileIssue {
  file: string;
  line: number;
  column: number;
  field: string;
  message: Message;
}

export class RulesFileError extends Error {
  constructor(readonly issues: RulesFileIssue[]) {
    super(issues.map((i) => formatRulesIssue(i)).join('\n'));
    this.name = 'RulesFileError';
  }
}

/**
 * One line per issue; line 0 means the source has no lines (a database row). The domain cannot
 * word messages, so without `word` (the catalogue's, from a script) the line shows the key.
 */
export function formatRulesIssue(
  i: RulesFileIssue,
  word: (m: Message) => string = (m) => `${m.key} ${JSON.stringify(m.values ?? {})}`,
): string {
  const at = i.line > 0 ? `${i.file}:${i.line}:${i.column}` : i.file;
  return `${at} ${i.field || '(file)'}: ${word(i.message)}`;
}

export type ParseOutcome<T> = { ok: true; data: T } | { ok: false; issues: RulesFileIssue[] };

/** Parse YAML text and validate it with a zod schema; issues carry line numbers. */
export function parseYamlWith<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): ParseOutcome<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          field: '',
          message: message('benefits.rulesFile.invalidYaml', { error: e.message }),
        };
      }),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const path = issue.path as PropertyKey[];
      const offset = offsetOf(doc, path);
      const pos = lineCounter.linePos(offset);
      return {
        file,
        line: pos.line,
        column: pos.col,
        field: pathToField(path),
        message: issueMessage(issue),
      };
    }),
  };
}

function offsetOf(doc: ReturnType<typeof parseDocument>, path: PropertyKey[]): number {
  // The deepest node on the path that exists; a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node =
      depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as Array<string | number>, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** Parse one parameter file. */
export function parseParameterFile(text: string, file: string): ParseOutcome<ParameterDefinition> {
  const out = parseYamlWith(text, file, parameterFileSchema);
  if (!out.ok) return out;
  return { ok: true, data: toDefinition(out.data, file) };
}

/** Check that each file name matches its id (area/name.yaml ↔ area.name). */
export function expectedParameterPath(id: string): string {
  const [area, name] = id.split('.');
  return `rules/parameters/${area}/${name}.yaml`;
}

/**
 * Build a parameter set from files. All-or-nothing: any problem in any file gives a RulesFileError
 * with every problem listed, and no set.
 */
export function buildParameterSet(files: Array<{ path: string; text: string }>): ParameterSet {
  const issues: RulesFileIssue[] = [];
  const parameters: Record<string, ParameterDefinition> = {};
  for (const f of files) {
    const out = parseParameterFile(f.text, f.path);
    if (!out.ok) {
      issues.push(...out.issues);
      continue;
    }
    const def = out.data;
    const expected = expectedParameterPath(def.id);
    if (!f.path.endsWith(expected)) {
      issues.push({
        file: f.path,
        line: 1,
        column: 1,
        field: 'id',
        message: message('benefits.rulesFile.idInWrongFile', { id: def.id, expected }),
      });
    }
    if (parameters[def.id]) {
      issues.push({
        file: f.path,
        line: 1,
        column: 1,
        field: 'id',
        message: message('benefits.rulesFile.idTwice', { id: def.id }),
      });
    }
    parameters[def.id] = def;
  }
  if (issues.length > 0) throw new RulesFileError(issues);
  return { parameters };
}

import { fundSchema, gemeenteConfigSchema } from './municipal-config';
import type { FundConfig, GemeenteConfig } from './municipal-config';
import { gemeenteRegisterSchema } from './register';
import type { GemeenteRegister } from './register';

export interface RulesData {
  parameters: ParameterSet;
  gemeenten: GemeenteConfig[];
  funds: FundConfig[];
  register: GemeenteRegister;
}

/** Parse the register of gemeenten (rules/register/gemeenten.yaml). */
export function parseRegisterFile(text: string, file: string): ParseOutcome<GemeenteRegister> {
  return parseYamlWith(text, file, gemeenteRegisterSchema);
}

/** Parse one gemeente configuration file. */
export function parseGemeenteFile(text: string, file: string): ParseOutcome<GemeenteConfig> {
  return parseYamlWith(text, file, gemeenteConfigSchema);
}

/**
 * Validate a gemeente configuration that is already data (a database row) with the same schema
 * as the files. `source` names where it came from; the issues have no line (line 0).
 */
export function parseGemeenteData(data: unknown, source: string): ParseOutcome<GemeenteConfig> {
  const parsed = gemeenteConfigSchema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      file: source,
      line: 0,
      column: 0,
      field: pathToField(issue.path as PropertyKey[]),
      message: issueMessage(issue),
    })),
  };
}

/** Parse one fund file. */
export function parseFundFile(text: string, file: string): ParseOutcome<FundConfig> {
  return parseYamlWith(text, file, fundSchema);
}

/**
 * Build all rules data (parameters, gemeenten, funds) from file texts. All-or-nothing: any
 * problem gives one RulesFileError listing every problem in every file.
 */
export function buildRulesData(files: {
  parameters: Array<{ path: string; text: string }>;
  gemeenten: Array<{ path: string; text: string }>;
  funds: Array<{ path: string; text: string }>;
  register: { path: string; text: string };
}): RulesData {
  const issues: RulesFileIssue[] = [];
  const reg = parseRegisterFile(files.register.text, files.register.path);
  if (!reg.ok) issues.push(...reg.issues);
  const registered = new Set(reg.ok ? reg.data.gemeenten.map((g) => g.code) : []);
  let parameters: ParameterSet = { parameters: {} };
  try {
    parameters = buildParameterSet(files.parameters);
  } catch (e) {
    if (e instanceof RulesFileError) issues.push(...e.issues);
    else throw e;
  }
  const gemeenten: GemeenteConfig[] = [];
  const codes = new Set<string>();
  for (const f of files.gemeenten) {
    const out = parseGemeenteFile(f.text, f.path);
    if (!out.ok) issues.push(...out.issues);
    else if (codes.has(out.data.code))
      issues.push({
        file: f.path,
        line: 1,
        column: 1,
        field: 'code',
        message: message('benefits.rulesFile.gemeenteTwice', { code: out.data.code }),
      });
    else if (reg.ok && !out.data.example && !registered.has(out.data.code))
      issues.push({
        file: f.path,
        line: 1,
        column: 1,
        field: 'code',
        message: message('benefits.rulesFile.codeNotRegistered', { code: out.data.code }),
      });
    else {
      codes.add(out.data.code);
      gemeenten.push(out.data);
    }
  }
  const funds: FundConfig[] = [];
  for (const f of files.funds) {
    const out = parseFundFile(f.text, f.path);
    if (!out.ok) issues.push(...out.issues);
    else if (!f.path.endsWith(`${out.data.id}.yaml`))
      issues.push({
        file: f.path,
        line: 1,
        column: 1,
        field: 'id',
        message: message('benefits.rulesFile.fundInWrongFile', { id: out.data.id }),
      });
    else funds.push(out.data);
  }
  if (issues.length > 0 || !reg.ok) throw new RulesFileError(issues);
  return { parameters, gemeenten, funds, register: reg.data };
}
