/** The compiled story graph, produced at build time by src/build/story-plugin.ts. */
declare module 'virtual:story-graph' {
  import type { StoryGraph } from './types.ts';
  const graph: StoryGraph;
  export default graph;
}
