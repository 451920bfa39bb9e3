/**
 * The dossier explorer: an overlay over the title or the story with search and the spoiler level
 * on top and one page below — the index (categories and the relationship graph), search results,
 * an entry, or what a deep link leads to. Every page obeys the spoiler level (src/dossier).
 */
import { entryView } from '../../dossier/entry-view.ts';
import { indexView } from '../../dossier/index-view.ts';
import type { DossierModel } from '../../dossier/model.ts';
import { relationshipView } from '../../dossier/relationships.ts';
import { decideVisibility, type Visibility } from '../../dossier/visibility.ts';
import type { ProgressStore } from '../../progress/progress-store.ts';
import { markFactsSeen } from '../../progress/track.ts';
import type { SettingsStore, SpoilerLevel } from '../../storage/settings.ts';
import { h, isTypingInto } from '../dom.ts';
import { overlayFrame, type OverlayFrame } from '../overlay-frame.ts';
import type { OverlayRoute } from '../routes.ts';
import type { Overlay } from '../screen.ts';
import { ENTRY_HEADING_ID, entryPage } from './entry-page.ts';
import { factElementId } from './fact-item.ts';
import { INDEX_HEADING_ID, indexPage } from './index-page.ts';
import { confirmPage, LINK_HEADING_ID, unknownPage } from './link-pages.ts';
import type { PageContext } from './page-context.ts';
import { planPage, type PagePlan } from './page-plan.ts';
import { SEARCH_HEADING_ID, searchPage } from './search-page.ts';
import { measureSince, now } from './timing.ts';
import { DossierToolbar } from './toolbar.ts';
import './dossiers.css';

type DossierRoute = Extract<OverlayRoute, { kind: 'dossiers' }>;

/** What the dossiers need: the story's dossier model (built once), progress, settings, and the navigator's moves. */
export interface DossiersOverlayDeps {
  readonly doc: Document;
  readonly model: DossierModel;
  readonly progress: Pick<ProgressStore, 'get' | 'update'>;
  readonly settings: Pick<SettingsStore, 'get' | 'update' | 'subscribe'>;
  /** Opens a dossier page as a new history entry. */
  readonly open: (route: OverlayRoute) => void;
  /** Moves to a dossier page without a new history entry (a search typed on an entry page). */
  readonly replace: (route: OverlayRoute) => void;
  readonly close: () => void;
  /** The URL of a character image by key (portraits). */
  readonly portraitUrl?: (key: string) => string | undefined;
}

/** A drawn page: its element, where focus goes when it is new, and the facts it showed as new. */
interface Drawn {
  readonly el: HTMLElement;
  readonly focus: () => HTMLElement | null;
  readonly seen: readonly string[];
}

/** The dossiers overlay. */
export class DossiersOverlay implements Overlay {
  readonly kind = 'dossiers';
  readonly title = 'Dossiers';
  private route: DossierRoute = { kind: 'dossiers' };
  private query = '';
  private pageKey = '';
  private readonly shownAnyway = new Map<string, SpoilerLevel>();
  private readonly toolbar: DossierToolbar;
  private readonly pages: HTMLElement;
  private frame: OverlayFrame | undefined;
  private openedAt: number | undefined;
  /** The index as last drawn, kept while progress and level stay the same: clearing a search or coming back is instant. */
  private index: { readonly vis: Visibility; readonly el: HTMLElement } | undefined;
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly deps: DossiersOverlayDeps) {
    this.toolbar = new DossierToolbar(deps.doc, { search: (q) => this.search(q), level: (level) => deps.settings.update({ spoilerLevel: level }) });
    this.pages = h(deps.doc, 'div', { className: 'dossier-pages' });
  }

  mount(dialog: HTMLElement): void {
    this.openedAt = now(this.deps.doc);
    this.frame = overlayFrame(dialog, this.title, this.deps.close);
    this.frame.body.append(this.toolbar.el, this.pages);
    const onKey = (event: KeyboardEvent): void => this.onKey(event);
    this.deps.doc.addEventListener('keydown', onKey);
    this.cleanup.push(this.deps.settings.subscribe(() => this.render(false)), () => this.deps.doc.removeEventListener('keydown', onKey));
  }

  show(route: OverlayRoute): void {
    if (route.kind !== 'dossiers') return;
    this.route = route;
    this.render(true);
    if (this.openedAt !== undefined) this.measure('dossiers:open', this.openedAt);
    this.openedAt = undefined;
  }

  unmount(): void {
    for (const undo of this.cleanup.splice(0)) undo();
  }

  /** D closes the dossiers it opens, as Esc does (not while typing a search). */
  private onKey(event: KeyboardEvent): void {
    if (event.key.toLowerCase() !== 'd' || event.repeat || event.ctrlKey || event.metaKey || event.altKey || isTypingInto(event.target)) return;
    event.preventDefault();
    this.deps.close();
  }

  private search(query: string): void {
    const started = now(this.deps.doc);
    this.query = query;
    if (this.route.entry !== undefined) this.deps.replace({ kind: 'dossiers' });
    else this.render(false);
    this.measure('dossiers:search', started);
  }

  /** Measures up to a page laid out: style and layout are part of the answer (the frame would do them next anyway). */
  private measure(name: string, started: number): void {
    void this.pages.offsetHeight;
    measureSince(this.deps.doc, name, started);
  }

  /** Draws the page for the route; focus moves to a new page unless the reader is typing or choosing in the toolbar. */
  private render(navigated: boolean): void {
    const level = this.deps.settings.get().spoilerLevel;
    const vis = decideVisibility(this.deps.model, this.deps.progress.get(), level);
    const plan = planPage({ vis, route: this.route, query: this.query, shownAnyway: this.shownAnyway });
    const previous = this.pageKey;
    const drawn = this.draw(plan, previous);
    this.pages.replaceChildren(drawn.el);
    this.toolbar.showLevel(level);
    this.toolbar.showCount(plan.kind === 'search' ? plan.result.summary : '');
    this.pageKey = plan.key;
    // On opening, the index leaves focus to the dialog (its heading); a deep link's page takes it.
    const opening = previous === '' && plan.kind === 'index';
    if (navigated && plan.key !== previous && !opening && !this.toolbar.hasFocus()) this.moveTo(drawn.focus());
    else if (plan.key !== previous && previous !== '') this.frame?.body.scrollTo?.({ top: 0 });
    if (drawn.seen.length > 0) this.deps.progress.update((p) => markFactsSeen(p, drawn.seen));
  }

  private moveTo(target: HTMLElement | null): void {
    this.frame?.body.scrollTo?.({ top: 0 });
    if (!target) return;
    target.focus({ preventScroll: true });
    if (target.id !== ENTRY_HEADING_ID && target.id !== INDEX_HEADING_ID) target.scrollIntoView?.({ block: 'center' });
  }

  private draw(plan: PagePlan, previous: string): Drawn {
    const ctx: PageContext = { doc: this.deps.doc, vis: plan.vis, open: (route) => this.deps.open(route), portraitUrl: this.deps.portraitUrl ?? (() => undefined) };
    const byId = (id: string) => (): HTMLElement | null => this.pages.querySelector<HTMLElement>(`[id="${id}"]`);
    switch (plan.kind) {
      case 'search':
        return { el: searchPage(ctx, plan.result), focus: byId(SEARCH_HEADING_ID), seen: [] };
      case 'confirm':
        return { el: confirmPage(ctx, plan.link, () => this.showAnyway(plan.link.dossier, plan.link.revealLevel)), focus: byId(LINK_HEADING_ID), seen: [] };
      case 'unknown':
        return { el: unknownPage(ctx, plan.link), focus: byId(LINK_HEADING_ID), seen: [] };
      case 'entry': {
        const view = entryView(plan.vis, plan.dossier);
        if (!view) break;
        const el = entryPage(ctx, view, { edges: relationshipView(plan.vis).edges, ...(plan.message ? { message: plan.message } : {}) });
        // A redacted fact has no element id (it would name it): focus then goes to the entry's name.
        return { el, focus: () => (plan.fact ? byId(factElementId(plan.fact))() : null) ?? byId(ENTRY_HEADING_ID)(), seen: view.newFacts };
      }
    }
    // Back on the index from an entry, focus returns to that entry's card.
    const from = /^entry:([^:]*)/.exec(previous)?.[1];
    const el = this.indexPage(ctx, plan.vis);
    const card = (): HTMLElement | undefined => [...this.pages.querySelectorAll<HTMLElement>('.dossier-card')].find((c) => from !== undefined && c.dataset['dossier'] === from);
    return { el, focus: () => card() ?? byId(INDEX_HEADING_ID)(), seen: [] };
  }

  private indexPage(ctx: PageContext, vis: Visibility): HTMLElement {
    const kept = this.index;
    if (kept && kept.vis.progress === vis.progress && kept.vis.level === vis.level) return kept.el;
    const el = indexPage(ctx, indexView(vis), relationshipView(vis));
    this.index = { vis, el };
    return el;
  }

  private showAnyway(dossier: string, level: SpoilerLevel): void {
    this.shownAnyway.set(dossier, level);
    this.render(true);
  }
}
