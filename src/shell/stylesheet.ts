/** The screens' stylesheet, loaded without blocking the title's first paint (see src/build/defer-css-plugin.ts). */

/** Switches the deferred stylesheet on; resolves once it applies (at once in dev, where there is none to defer). */
export function applyStylesheet(doc: Document, id = 'ui-css'): Promise<void> {
  const link = doc.getElementById(id) as HTMLLinkElement | null;
  if (!link) return Promise.resolve();
  link.media = 'all';
  if (link.sheet) return Promise.resolve();
  // A stylesheet that fails to load leaves the screens plain but working: go on either way.
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}
