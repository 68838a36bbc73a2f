// Limits that keep a hostile or broken file from taking the server down.
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** Aliases expanded per document: stops "billion laughs" anchors while allowing normal reuse. */
export const MAX_ALIAS_COUNT = 50;
/** Files reached through Location targets and $text/$json/$yaml, per import. */
export const MAX_FILES = 20_000;
/** Location → Location → ... nesting. */
export const MAX_LOCATION_DEPTH = 8;
