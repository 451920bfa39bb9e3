/** The compiled story graph, produced at build time by src/build/story-plugin.ts. */
declare module 'virtual:story-graph' {
  import type { StoryGraph } from './types.ts';
  const graph: StoryGraph;
  export default graph;
}

/** What only the dossiers, the history's search and the recap read, loaded when they open (src/build/story-plugin.ts). */
declare module 'virtual:story-texts' {
  import type { StoryTexts } from './types.ts';
  const texts: StoryTexts;
  export default texts;
}
