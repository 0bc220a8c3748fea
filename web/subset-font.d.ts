/** The part of subset-font (no types of its own) that web/vite.config.ts uses. */
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }): Promise<Uint8Array>;
}
