import type { EntryGenerator } from './$types';
import { embedEntries } from '$lib/server/pages.ts';

// Only the list of embeds: their data is read in +page.ts (see $lib/server/embed-data.ts).
export const entries: EntryGenerator = () => embedEntries();
