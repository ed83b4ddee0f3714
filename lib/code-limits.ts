// No imports: the room page and the replay (client bundles) read these as well as the validation.

/** The most code the app runs, stores, or holds in a room's shared editor. */
export const MAX_CODE_LENGTH = 100_000;
export const CODE_TOO_LONG = 'Code must be at most 100,000 characters';
