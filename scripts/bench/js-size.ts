/**
 * The JavaScript each public page type makes a browser load: the <script src> chunks of its HTML,
 * gzipped (level 9) one by one, in two groups: the framework runtime (Next's root main files and
 * polyfills: React and the App Router, the same for every page) and everything on top of it, which
 * counts as our own code: our client components, the libraries they pull in, and the Next client
 * components our pages use (next/link). Production chunks carry no module paths, so splitting Next's
 * components from ours would be guesswork; counting them as ours keeps the 15 KB check strict. Inline
 * scripts are the RSC payload (data, not code) and are reported apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fetchPage } from "./measure";

export interface ScriptRef {
  src: string;
  /** `nomodule` scripts (legacy polyfills) are skipped by every browser that runs modules. */
  isNoModule: boolean;
}

export interface PageScripts {
  external: ScriptRef[];
  /** Text of inline scripts. */
  inline: string[];
}

/** The scripts of an HTML page (pure). */
export function parseScripts(html: string): PageScripts {
  const external: ScriptRef[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (src) external.push({ src: src[1] ?? src[2] ?? src[3] ?? "", isNoModule: /\bnomodule\b/i.test(attributes) });
    else if (match[2]) inline.push(match[2]);
  }
  return { external, inline };
}

/** The framework runtime: Next's root main files (React, the App Router) and polyfills, from its build manifest. */
export function readRuntimeChunks(distDir = path.join(process.cwd(), ".next")): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[]; polyfillFiles?: string[] };
  return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`));
}

/** The path part of a script URL, without the query string (Next adds ?dpl=… in some deployments). */
export const scriptPath = (src: string) => new URL(src, "http://localhost").pathname;

export interface ChunkSize {
  path: string;
  bytes: number;
  gzip: number;
}

export interface PageJs {
  page: string;
  path: string;
  /** Whether the 15 KB target applies (public pages; the staff login is reported for information). */
  isPublic: boolean;
  runtime: ChunkSize[];
  own: ChunkSize[];
  /** gzipped size of the inline scripts together (RSC payload). */
  inlineGzip: number;
  runtimeGzip: number;
  ownGzip: number;
}

export async function measurePageJs(baseUrl: string, pages: { page: string; path: string; isPublic: boolean }[]): Promise<PageJs[]> {
  const runtimeChunks = readRuntimeChunks();
  const sizes = new Map<string, ChunkSize>();
  const sizeOf = async (src: string) => {
    const chunkPath = scriptPath(src);
    let size = sizes.get(chunkPath);
    if (!size) {
      const response = await fetch(`${baseUrl}${chunkPath}`);
      if (!response.ok) throw new Error(`GET ${chunkPath} answered ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      size = { path: chunkPath, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      sizes.set(chunkPath, size);
    }
    return size;
  };
  const sum = (list: ChunkSize[]) => list.reduce((total, c) => total + c.gzip, 0);
  const results: PageJs[] = [];
  for (const { page, path: pagePath, isPublic } of pages) {
    const scripts = parseScripts(await fetchPage(baseUrl, pagePath));
    const chunks = [...new Set(scripts.external.filter((s) => !s.isNoModule).map((s) => s.src))];
    const measured = await Promise.all(chunks.map(sizeOf));
    const runtime = measured.filter((c) => runtimeChunks.has(c.path));
    const own = measured.filter((c) => !runtimeChunks.has(c.path));
    results.push({
      page,
      path: pagePath,
      isPublic,
      runtime,
      own,
      inlineGzip: gzipSync(scripts.inline.join("\n"), { level: 9 }).length,
      runtimeGzip: sum(runtime),
      ownGzip: sum(own),
    });
  }
  return results;
}
