/**
 * The bundled glossary: one JSON file per category, concatenated in a fixed order.
 *
 * The JSON is data written by hand, so the compiler's view of it proves nothing; the schema
 * test (test/unit/glossary-schema.test.ts) checks every entry at run time. That is why the
 * per-file list below exposes the raw data as `unknown`: the test must not lean on a type
 * that was only asserted here.
 */

import type { Category, GlossaryEntry } from '../core/glossary-schema.ts';

import administrativeUnit from './data/administrative-unit.json';
import armyBorderGuard from './data/army-border-guard.json';
import campaignConcept from './data/campaign-concept.json';
import event from './data/event.json';
import massOrganisation from './data/mass-organisation.json';
import partyBody from './data/party-body.json';
import partyDocument from './data/party-document.json';
import place from './data/place.json';
import police from './data/police.json';
import press from './data/press.json';
import programme from './data/programme.json';
import rankTitle from './data/rank-title.json';
import stateBody from './data/state-body.json';
import stateDocument from './data/state-document.json';

export interface GlossaryFile {
  /** Every entry in the file must carry this category; the file is named after it. */
  readonly category: Category;
  /** The file's parsed content, unchecked. */
  readonly data: unknown;
}

/** The data files, in the order their entries appear in GLOSSARY. */
export const GLOSSARY_FILES: readonly GlossaryFile[] = [
  { category: 'state-body', data: stateBody },
  { category: 'state-document', data: stateDocument },
  { category: 'party-body', data: partyBody },
  { category: 'party-document', data: partyDocument },
  { category: 'army-border-guard', data: armyBorderGuard },
  { category: 'police', data: police },
  { category: 'rank-title', data: rankTitle },
  { category: 'mass-organisation', data: massOrganisation },
  { category: 'administrative-unit', data: administrativeUnit },
  { category: 'place', data: place },
  { category: 'campaign-concept', data: campaignConcept },
  { category: 'programme', data: programme },
  { category: 'event', data: event },
  { category: 'press', data: press },
];

// The cast is the one place where the JSON is trusted; the schema test guards it.
export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_FILES.flatMap(
  (file) => file.data as GlossaryEntry[],
);

export const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(
  GLOSSARY.map((entry) => [entry.id, entry]),
);
