/**
 * /downloads/story.png is the story's share image, and /downloads/<id>-phone.svg and
 * <id>-card.png are a figure's files, so no figure (nor a former id of one, which gets the
 * same files) may be called "story" or end so that its files would take another's names.
 * Pure, so the validation pipeline (plain Node) and the routes share it.
 */
export const RESERVED_DOWNLOAD_NAMES: readonly string[] = ["story"];
export const RESERVED_SUFFIXES: readonly string[] = ["-phone", "-card"];
