import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `count` Sage-shaped dataset folders (`Company.NNN/ACCDATA/SETUP.DTA`) under `root`. */
export function makeDatasets(root: string, count: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const dataset = join(root, `Company.${String(i).padStart(3, '0')}`);
    mkdirSync(join(dataset, 'ACCDATA'), { recursive: true });
    writeFileSync(join(dataset, 'ACCDATA', 'SETUP.DTA'), 'bench');
    paths.push(dataset);
  }
  return paths;
}
