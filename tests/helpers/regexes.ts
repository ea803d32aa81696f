import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const HERE = fileURLToPath(import.meta.url);

export interface FoundRegex {
  /** "numbers/scan.ts:18", relative to the source root */
  site: string;
  source: string;
  flags: string;
}

export function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, f))
    .sort();
}

function siteOf(root: string, file: ts.SourceFile, node: ts.Node): string {
  return `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
}

/** Every regular expression literal in the files, read with the TypeScript parser. */
export function regexLiterals(root: string, files: readonly string[]): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        out.push({ site: siteOf(root, file, node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

/** Every place the files call `new RegExp(...)` or `RegExp(...)`: their patterns are only known when the code runs. */
export function regexpConstructorSites(root: string, files: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        out.push(siteOf(root, file, node));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

/**
 * Runs `load` with RegExp wrapped, and returns every pattern constructed from code under `root` meanwhile,
 * with the site (file:line) of the constructor call.
 */
export async function constructedRegexes(root: string, load: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const out: FoundRegex[] = [];
  const record = (args: unknown[]): void => {
    // the caller: the first frame outside this file (a dependency's own patterns are not ours)
    const line = new Error().stack?.split('\n').find((l) => /^\s+at /.test(l) && !l.includes(HERE));
    const at = line?.includes(root) ? /\((.*):(\d+):\d+\)$|at (.*):(\d+):\d+$/.exec(line.trim()) : null;
    if (!at) return;
    const re = args[0] instanceof Original ? args[0] : null;
    const source = re ? re.source : String(args[0] ?? '(?:)');
    const flags = typeof args[1] === 'string' ? args[1] : (re?.flags ?? '');
    out.push({ site: `${relative(root, at[1] ?? at[3]!)}:${at[2] ?? at[4]}`, source, flags });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}
