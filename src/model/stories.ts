/** The story published at the site root; every other story lives at /stories/<slug>/. */
export const MAIN_STORY = "goyang-jobs-2025";
