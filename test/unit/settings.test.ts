import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import {
  activeOn,
  DEFAULT_SETTINGS,
  HOVER_DELAY_RANGE,
  LANGUAGE_CHOICES,
  parseSettings,
  parseStoredSettings,
  storedForm,
  UNDERLINES,
} from '../../src/core/settings.ts';
import type { Settings, StoredSettings } from '../../src/core/settings.ts';
import { SEED } from './arbitraries.ts';

const CUSTOM: Settings = {
  enabled: false,
  disabledSites: ['example.com', 'tin.vn'],
  language: 'en',
  hoverDelay: 800,
  firstOnly: true,
  categories: ['party-body', 'place'],
  markLevel: 'everything',
  underline: 'tint',
  badge: false,
};

describe('parseSettings', () => {
  it('gives the defaults for nothing stored or for a stored value that is not an object', () => {
    for (const raw of [undefined, null, 0, 'settings', true, [], [1, 2]]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('writes out as its defaults exactly what the schema gives for an empty record', () => {
    // The defaults are data, so that an empty storage needs no schema run at page start.
    expect(parseStoredSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(parseStoredSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(Object.create(null))).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(Object.keys(parseStoredSettings({})).sort());
  });

  it('reads any stored record as the schema does, empty or not', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('enabled', 'language', 'badge', 'x'), fc.anything()),
        (raw) => {
          expect(parseSettings(raw)).toEqual(parseStoredSettings(raw));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps every valid stored choice', () => {
    expect(parseSettings(storedForm(CUSTOM))).toEqual(CUSTOM);
    expect(parseSettings(JSON.parse(JSON.stringify(storedForm(CUSTOM))))).toEqual(CUSTOM);
  });

  it('never hands out the defaults object itself (a caller may change what it gets)', () => {
    const a = parseSettings(undefined);
    a.categories.pop();
    a.disabledSites.push('x.vn');
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.categories).toEqual([...CATEGORIES]);
  });

  it('falls back field by field: one bad value costs only that value', () => {
    const bad: Record<keyof StoredSettings, unknown> = {
      enabled: 'yes',
      disabledSites: 'example.com',
      language: 'fr',
      hoverDelay: '500',
      firstOnly: 1,
      hiddenCategories: 'place',
      markLevel: 'all of it',
      underline: 'wavy',
      badge: null,
    };
    for (const key of Object.keys(bad) as (keyof StoredSettings)[]) {
      const stored = { ...storedForm(CUSTOM), [key]: bad[key] };
      const field = key === 'hiddenCategories' ? 'categories' : key;
      expect(parseSettings(stored), key).toEqual({ ...CUSTOM, [field]: DEFAULT_SETTINGS[field] });
    }
  });

  it('clamps and rounds the hover delay, and refuses non-finite delays', () => {
    expect(parseSettings({ hoverDelay: -50 }).hoverDelay).toBe(HOVER_DELAY_RANGE.min);
    expect(parseSettings({ hoverDelay: 99_999 }).hoverDelay).toBe(HOVER_DELAY_RANGE.max);
    expect(parseSettings({ hoverDelay: 412.6 }).hoverDelay).toBe(413);
    for (const delay of [Number.NaN, Infinity, -Infinity, '350ms', null, [400]]) {
      expect(parseSettings({ hoverDelay: delay }).hoverDelay).toBe(DEFAULT_SETTINGS.hoverDelay);
    }
  });

  it('stores the categories turned off, in canonical order, and ignores unknown ones', () => {
    expect(storedForm({ ...DEFAULT_SETTINGS, categories: ['place', 'police'] }).hiddenCategories).toEqual(
      CATEGORIES.filter((c) => c !== 'place' && c !== 'police'),
    );
    expect(storedForm(DEFAULT_SETTINGS).hiddenCategories).toEqual([]);
    expect('categories' in storedForm(DEFAULT_SETTINGS)).toBe(false);
    const on = parseSettings({
      hiddenCategories: ['place', 'police', 'weather', 7, null, 'PLACE'],
    }).categories;
    expect(on).toEqual(CATEGORIES.filter((c) => c !== 'place' && c !== 'police'));
    // A reader who turned every category off keeps that choice.
    expect(parseSettings({ hiddenCategories: [...CATEGORIES] }).categories).toEqual([]);
    expect(parseSettings({ hiddenCategories: { 0: 'place' } }).categories).toEqual([...CATEGORIES]);
  });

  it('reads the old form (the categories turned on) without switching off categories added since', () => {
    // Stored before 'justice', 'health' and the other new categories existed.
    const old = parseSettings({ categories: ['place', 'police', 'weather', 7, null, 'PLACE'] }).categories;
    expect(old).toContain('police');
    expect(old).toContain('place');
    expect(old).toContain('justice');
    expect(old).toContain('health');
    expect(old).toContain('ethnic-group');
    expect(old).not.toContain('state-body');
    expect(old).not.toContain('press');
    expect(old).not.toContain('army-border-guard');
    // Everything off in the old form leaves only the new categories on.
    const none = parseSettings({ categories: [] }).categories;
    expect(none).toContain('justice');
    expect(none).not.toContain('place');
    // The new form wins over a leftover old one, and the migration survives a round trip.
    expect(parseSettings({ categories: ['place'], hiddenCategories: [] }).categories).toEqual([
      ...CATEGORIES,
    ]);
    const migrated = parseSettings({ categories: ['place', 'police'] });
    expect(parseSettings(storedForm(migrated))).toEqual(migrated);
  });

  it('keeps the other choices of an old-form record, and reads the old list when the new one is corrupt', () => {
    const old = parseSettings({
      ...storedForm(CUSTOM),
      hiddenCategories: undefined,
      categories: ['place', 'police'],
    });
    expect(old).toEqual({
      ...CUSTOM,
      categories: parseSettings({ categories: ['place', 'police'] }).categories,
    });
    expect(old.categories).toContain('justice');
    expect(old.categories).not.toContain('party-body');
    // A new-form value that is not a list does not hide a usable old one.
    expect(parseSettings({ hiddenCategories: 'place', categories: ['place'] }).categories).toEqual(
      parseSettings({ categories: ['place'] }).categories,
    );
    expect(parseSettings({ hiddenCategories: null, categories: 'place' }).categories).toEqual([
      ...CATEGORIES,
    ]);
  });

  it('reads only the fields it knows, and a record that is an array as an empty one', () => {
    const read = parseSettings({ ...storedForm(CUSTOM), colour: 'red', categories: ['place'] });
    expect(read).toEqual(CUSTOM);
    expect(Object.keys(read).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(parseSettings(Object.assign(['x'], { enabled: false }))).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
    });
    expect(parseSettings([{ enabled: false }])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only host-like strings in the disabled sites, lower-cased and without repeats', () => {
    const stored = {
      disabledSites: [
        'Example.COM',
        'example.com',
        'tin.vn',
        42,
        null,
        '',
        'bad host',
        'https://x.vn/',
        '<b>',
        'a'.repeat(254),
        'xn--bo-lai-chu.vn',
      ],
    };
    expect(parseSettings(stored).disabledSites).toEqual(['example.com', 'tin.vn', 'xn--bo-lai-chu.vn']);
    const many = Array.from({ length: 1500 }, (_, i) => `site${i}.vn`);
    expect(parseSettings({ disabledSites: many }).disabledSites).toHaveLength(1000);
    // The limit counts distinct usable hosts: junk and repeats in front do not use it up.
    const noisy = [...Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'Site0.VN' : i)), ...many];
    const kept = parseSettings({ disabledSites: noisy }).disabledSites;
    expect(kept).toHaveLength(1000);
    expect(kept.slice(0, 3)).toEqual(['site0.vn', 'site1.vn', 'site2.vn']);
    expect(kept.at(-1)).toBe('site999.vn');
  });

  it('accepts only the listed languages and underlines', () => {
    for (const language of LANGUAGE_CHOICES) expect(parseSettings({ language }).language).toBe(language);
    for (const language of ['fr', 'VI', 'vi-VN', '', 1])
      expect(parseSettings({ language }).language).toBe('auto');
    for (const underline of UNDERLINES) expect(parseSettings({ underline }).underline).toBe(underline);
  });

  it('always gives well-formed settings, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            Object.fromEntries(
              [...Object.keys(storedForm(DEFAULT_SETTINGS)), 'categories'].map((k) => [k, fc.anything()]),
            ) as Record<string, fc.Arbitrary<unknown>>,
            { requiredKeys: [] },
          ),
        ),
        (raw) => {
          const s = parseSettings(raw);
          expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
          expect(typeof s.enabled).toBe('boolean');
          expect(typeof s.firstOnly).toBe('boolean');
          expect(typeof s.badge).toBe('boolean');
          expect(LANGUAGE_CHOICES).toContain(s.language);
          expect(UNDERLINES).toContain(s.underline);
          expect(Number.isInteger(s.hoverDelay)).toBe(true);
          expect(s.hoverDelay).toBeGreaterThanOrEqual(HOVER_DELAY_RANGE.min);
          expect(s.hoverDelay).toBeLessThanOrEqual(HOVER_DELAY_RANGE.max);
          for (const c of s.categories) expect(CATEGORIES).toContain(c);
          for (const h of s.disabledSites) expect(h).toMatch(/^[a-z0-9.-]+$/);
          // Stable: reading the result again changes nothing.
          expect(parseSettings(storedForm(s))).toEqual(s);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('activeOn', () => {
  const on = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'tin.vn'] };

  it('is off on a disabled site and its subdomains, in any case', () => {
    expect(activeOn(on, 'example.com')).toBe(false);
    expect(activeOn(on, 'www.example.com')).toBe(false);
    expect(activeOn(on, 'a.b.example.com')).toBe(false);
    expect(activeOn(on, 'EXAMPLE.com')).toBe(false);
    expect(activeOn(on, 'tin.vn')).toBe(false);
  });

  it('is on elsewhere, including hosts that only end with the same letters', () => {
    expect(activeOn(on, 'baolaichau.vn')).toBe(true);
    expect(activeOn(on, 'notexample.com')).toBe(true);
    expect(activeOn(on, 'example.com.evil.net')).toBe(true);
    expect(activeOn(on, 'vtin.vn')).toBe(true);
    expect(activeOn(on, 'com')).toBe(true);
  });

  it('is off everywhere when switched off', () => {
    const off = { ...on, enabled: false };
    expect(activeOn(off, 'baolaichau.vn')).toBe(false);
    expect(activeOn(off, 'other.vn')).toBe(false);
  });
});
