import type { EntryGenerator } from './$types';
import { compareEmbedEntries } from '$lib/server/compare.ts';

// Only the list of embeds: their data is read in +page.ts (see $lib/server/embed-data.ts).
export const entries: EntryGenerator = () => compareEmbedEntries();
