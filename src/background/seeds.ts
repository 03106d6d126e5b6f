/**
 * The seed articles a fresh install starts with, bundled from /seeds as raw
 * text so the background never needs to fetch them.
 */
const files = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export interface SeedFile {
  file: string;
  text: string;
}

export const SEEDS: SeedFile[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => ({ file: path.replace(/^\//, ''), text }));
