/**
 * The typed SDK as a frontend gets it: packages/client built with its own tsconfig (what
 * `npm run build:client` runs) into a temporary copy of the package, packed with `npm pack`,
 * installed from the tarball into a scratch project with no network (`npm install --offline`; the
 * SDK's two dependencies are packed from this repository's node_modules, the versions the lock file
 * pins), type-checked there with this project's TypeScript, and run against a live server.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { startServer } from '../helpers/server.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const packageDir = join(projectRoot, 'packages', 'client');

/** Runs the project's TypeScript in `cwd`; its diagnostics and exit code. */
async function typecheck(cwd: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [tsc, ...args], { cwd });
    return { code: 0, output: stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, output: stdout };
  }
}

/** `npm pack` of a folder into `destination`: the tarball's path and the files it holds. */
async function pack(folder: string, destination: string): Promise<{ tarball: string; files: string[] }> {
  const { stdout } = await run(npm, ['pack', folder, '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: destination });
  const [result] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(destination, result!.filename), files: result!.files.map((f) => f.path).sort() };
}

const MAIN = `
import { createAkhbarClient, AkhbarError } from '@akhbar/client';
import { ActorProfileDocument, DatasetInfoDocument, EventDetailDocument } from '@akhbar/client/documents';
import introspection from '@akhbar/client/possible-types';

declare const process: { argv: string[] };
const endpoint = process.argv[2]!;

const akhbar = createAkhbarClient({ endpoint, language: 'en' });
const { event } = await akhbar.request(EventDetailDocument, { slug: 'expected-trump-putin-meeting' });
const names: string[] = event?.participants.map((p) => p.actor.name.text) ?? [];

// The server knows the operations by the hash of their text: the packaged documents print the same.
const persisted = createAkhbarClient({ endpoint, method: 'GET', persisted: true });
const { dataset } = await persisted.request(DatasetInfoDocument);
const articles: number = dataset.counts.articles;

let code: string | undefined;
try {
  await akhbar.request(ActorProfileDocument, { slug: 'vladimir-putin', first: -1 });
} catch (error) {
  if (error instanceof AkhbarError) code = error.code;
}
console.log(JSON.stringify({ names, articles, code, actorTypes: introspection.possibleTypes.Actor }));
`;

const BAD = `
import { createAkhbarClient } from '@akhbar/client';
import { EventDetailDocument } from '@akhbar/client/documents';

const akhbar = createAkhbarClient({ endpoint: 'http://127.0.0.1:1/graphql' });
const { event } = await akhbar.request(EventDetailDocument, { slug: 42 });
const title: number = event!.title.text;
await akhbar.request(EventDetailDocument);
export { title };
`;

describe('the SDK package (@akhbar/client)', () => {
  let work: string;
  let app: string;
  let packed: string[];
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ url, close } = await startServer());
    work = mkdtempSync(join(tmpdir(), 'akhbar-sdk-'));
    const copy = join(work, 'client');
    mkdirSync(copy);
    for (const file of ['package.json', 'README.md']) copyFileSync(join(packageDir, file), join(copy, file));
    await run(process.execPath, [tsc, '-p', join(packageDir, 'tsconfig.json'), '--outDir', join(copy, 'dist')], { cwd: projectRoot });
    const sdk = await pack(copy, work);
    packed = sdk.files;
    // What the registry would serve for the SDK's dependencies: the versions installed here.
    const graphql = await pack(join(projectRoot, 'node_modules', 'graphql'), work);
    const typedDocumentNode = await pack(join(projectRoot, 'node_modules', '@graphql-typed-document-node', 'core'), work);

    app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'akhbar-sdk-scratch', private: true, type: 'module' }));
    const compilerOptions = {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [],
      strict: true, noUncheckedIndexedAccess: true, skipLibCheck: false, outDir: 'out',
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts'] }));
    writeFileSync(join(app, 'tsconfig.bad.json'), JSON.stringify({ compilerOptions, files: ['bad.ts'] }));
    writeFileSync(join(app, 'main.ts'), MAIN);
    writeFileSync(join(app, 'bad.ts'), BAD);
    await run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', sdk.tarball, graphql.tarball, typedDocumentNode.tarball], { cwd: app });
  }, 180_000);

  afterAll(async () => {
    await close?.();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs the compiled client and generated documents, and nothing of the server', () => {
    expect(packed).toEqual([
      'README.md', 'dist/client/index.d.ts', 'dist/client/index.js', 'dist/generated/graphql.d.ts', 'dist/generated/graphql.js',
      'dist/generated/possible-types.d.ts', 'dist/generated/possible-types.js', 'package.json',
    ]);
    const installed = join(app, 'node_modules', '@akhbar', 'client', 'dist');
    const imports = ['client/index.js', 'generated/graphql.js', 'generated/possible-types.js']
      .flatMap((file) => [...readFileSync(join(installed, file), 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]));
    expect(new Set(imports)).toEqual(new Set(['graphql']));
  });

  it('installs with no other package than its dependency and its peer', () => {
    const scopes = readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(scopes.sort()).toEqual(['@akhbar', '@graphql-typed-document-node', 'graphql']);
  });

  it('type-checks a typed query in the scratch project, and refuses wrong variables and result types', async () => {
    const good = await typecheck(app, '--noEmit', '-p', 'tsconfig.json');
    expect(good.output).toBe('');
    expect(good.code).toBe(0);
    const bad = await typecheck(app, '--noEmit', '-p', 'tsconfig.bad.json');
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/bad\.ts\(6,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
    expect(bad.output).toMatch(/bad\.ts\(7,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
    expect(bad.output).toMatch(/bad\.ts\(8,\d+\): error TS2554/);
  }, 120_000); // two runs of tsc over the scratch project and its dependencies' types

  it('runs the typed queries against a live server', async () => {
    const built = await typecheck(app, '-p', 'tsconfig.json');
    expect(built.code).toBe(0);
    const { stdout } = await run(process.execPath, [join(app, 'out', 'main.js'), `${url}/graphql`], { cwd: app, timeout: 20_000 });
    const answer = JSON.parse(stdout) as { names: string[]; articles: number; code: string; actorTypes: string[] };
    expect(answer.names).toEqual(expect.arrayContaining(['Donald Trump', 'Vladimir Putin']));
    expect(answer.articles).toBeGreaterThan(0);
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.actorTypes).toEqual(['Group', 'Organization', 'Person', 'Place']);
  }, 120_000);
});
