/** The match index, compiled from the glossary by vite.config.ts at build time. */
declare module 'virtual:laichau-match-index' {
  /** Names this build's index, so a page can tell a stored index of another build. */
  export const tag: string;
  const index: unknown;
  export default index;
}

/** Only the tag of the build's index, for the content script, which reads the index from storage. */
declare const __LAICHAU_MATCH_INDEX_TAG__: string;
