/** The match index, compiled from the glossary by vite.config.ts at build time. */
declare module 'virtual:laichau-match-index' {
  const index: unknown;
  export default index;
}
