/**
 * The kinds of meeting (DESIGN.md): every language's meeting phrases map to one of these, and the
 * export, the card and the search use the same names.
 */
export const MEETING_KINDS = ['talks', 'online_talks', 'phone_call', 'courtesy_call', 'reception', 'summit', 'visit', 'other'] as const;

export type MeetingKind = (typeof MEETING_KINDS)[number];

/** How a quote was told: the speaker's words in quotation marks, reported speech, or several speakers at once. */
export type QuoteKind = 'direct' | 'reported' | 'joint';
