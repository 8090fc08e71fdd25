import { describe, expect, it } from 'vitest';
import {
  formatCurrency,
  formatDate,
  formatFileSize,
  formatIban,
  formatPhoneNumber,
} from '../src/index.js';

// Intl puts narrow no-break spaces in some formats; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('formatters', () => {
  it('formatIban groups by four', () => {
    expect(formatIban('de89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban(' DE89 3704 0044 0532 0130 00 ')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban(42)).toBe('');
  });

  it('formatDate uses German conventions by default and English on request', () => {
    expect(formatDate('2026-11-27')).toBe('27.11.2026');
    expect(formatDate('2026-11-27', { style: 'long' })).toBe('27. November 2026');
    expect(formatDate('2026-11-27', { style: 'full' })).toBe('Freitag, 27. November 2026');
    expect(formatDate(new Date(2026, 10, 27), { locale: 'en', style: 'long' })).toBe(
      '27 November 2026',
    );
    expect(formatDate('kein Datum')).toBe('');
  });

  it('formatCurrency formats euros', () => {
    expect(plain(formatCurrency(1234.5))).toBe('1.234,50 €');
    expect(plain(formatCurrency(1234.5, { locale: 'en' }))).toBe('€1,234.50');
    expect(formatCurrency(Number.NaN)).toBe('');
  });

  it('formatFileSize counts in steps of 1024, as @stadtkern/web does (one function)', () => {
    expect(plain(formatFileSize(0))).toBe('0 Byte');
    expect(plain(formatFileSize(512, { locale: 'en' }))).toBe('512 bytes');
    expect(plain(formatFileSize(1500))).toBe('1 kB');
    expect(plain(formatFileSize(5 * 1024 * 1024))).toBe('5 MB');
    expect(plain(formatFileSize(2.5 * 1024 * 1024))).toBe('2,5 MB');
    expect(plain(formatFileSize(2.5 * 1024 * 1024, { locale: 'en' }))).toBe('2.5 MB');
    expect(plain(formatFileSize(2_500_000))).toBe('2,4 MB');
    expect(formatFileSize(-1)).toBe('');
    expect(formatFileSize(Number.NaN)).toBe('');
    expect(formatFileSize('5' as unknown as number)).toBe('');
  });

  it('formatPhoneNumber formats valid numbers and leaves others as they are', () => {
    expect(formatPhoneNumber('089123456')).toBe('+49 89 123456');
    expect(formatPhoneNumber('+4989123456', { format: 'national' })).toBe('089 123456');
    expect(formatPhoneNumber(' 12 ')).toBe('12');
    expect(formatPhoneNumber(null)).toBe('');
  });
});

describe('server safety', () => {
  it('announce and saveFocus do nothing without a DOM', async () => {
    const { announce, saveFocus } = await import('../src/index.js');
    expect(typeof document).toBe('undefined');
    expect(() => {
      announce('Hallo');
      saveFocus()();
    }).not.toThrow();
  });
});
