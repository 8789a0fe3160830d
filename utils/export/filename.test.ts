import { describe, expect, it } from 'vitest';
import { exportFilename } from './filename';

describe('exportFilename', () => {
  it.each([
    ['www.dw.com', new Date(2025, 3, 26, 23, 59), 'md', 'parallax-www.dw.com-2025-04-26.md'],
    ['EDITION.CNN.com', new Date(2025, 0, 2), 'csv', 'parallax-edition.cnn.com-2025-01-02.csv'],
    ['', new Date(2025, 11, 31), 'json', 'parallax-page-2025-12-31.json'],
    ['../../etc/passwd', new Date(2025, 3, 26), 'md', 'parallax-etc-passwd-2025-04-26.md'],
    ['[::1]', new Date(2025, 3, 26), 'csv', 'parallax-1-2025-04-26.csv'],
    ['localhost', new Date(Number.NaN), 'json', 'parallax-localhost-undated.json'],
  ] as const)('%s on %s as %s → %s', (host, date, ext, name) => {
    expect(exportFilename(host, date, ext)).toBe(name);
  });
});
