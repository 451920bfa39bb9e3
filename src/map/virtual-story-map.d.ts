/** The story map's layouts, produced at build time by src/build/map-plugin.ts. */
declare module 'virtual:story-map' {
  import type { StoryMapLayouts } from './map-layout.ts';
  const layouts: StoryMapLayouts;
  export default layouts;
}
