/**
 * The overlays (dossiers, the story map, settings, save and load, the history), built here and
 * loaded as their own chunk the first time one opens: the title and the story start without them.
 */
import type { SpeechPort } from '../audio/speech.ts';
import { buildDossierModel, type DossierModel } from '../dossier/model.ts';
import type { StoryGraph } from '../story/types.ts';
import type { ExplorerStorage } from '../storage/explorer-storage.ts';
import type { SaveRecord, SlotId } from '../storage/save-schema.ts';
import type { StoryMapLayouts } from '../map/map-layout.ts';
import type { StorySave } from '../machine/story-machine.ts';
import type { StorySession } from '../session/story-session.ts';
import { BacklogOverlay } from '../ui/backlog/backlog-overlay.ts';
import { DossiersOverlay } from '../ui/dossiers/dossiers-overlay.ts';
import { measureSince, now } from '../ui/dossiers/timing.ts';
import type { MapReaderNow } from '../ui/map/map-chapter.ts';
import { MapOverlay } from '../ui/map/map-overlay.ts';
import type { OverlayRoute } from '../ui/routes.ts';
import { SavesOverlay } from '../ui/saves/saves-overlay.ts';
import { transferSection } from '../ui/saves/transfer-section.ts';
import type { Overlay } from '../ui/screen.ts';
import { SettingsOverlay } from '../ui/settings/settings-overlay.ts';
import type { Toasts } from '../ui/toasts.ts';

/** What the overlays need from the running explorer. */
export interface OverlayContext {
  readonly doc: Document;
  readonly graph: StoryGraph;
  readonly storage: ExplorerStorage;
  readonly toasts: Toasts;
  readonly speech: SpeechPort;
  readonly portraits?: (key: string) => string | undefined;
  /** Opens a route as a new history entry, replaces the current one, closes the overlay. */
  readonly open: (route: OverlayRoute) => void;
  readonly replace: (route: OverlayRoute) => void;
  readonly close: () => void;
  /** The reading session while the story screen shows (not under the title or the recap). */
  readonly reading: () => StorySession | undefined;
  readonly recordFor: (slot: SlotId) => SaveRecord | undefined;
  /** Starts reading from a save; `told` is said once the story shows. */
  readonly read: (save: StorySave, options?: { playTimeMs?: number; told?: string }) => void;
  readonly storyMapLayouts: () => StoryMapLayouts | Promise<StoryMapLayouts>;
  readonly mapReader: () => MapReaderNow;
  /** Something was imported: Continue may have appeared or gone. */
  readonly imported: () => void;
  /** What the overlays keep between openings (the explorer owns it). */
  readonly kept: { dossierModel?: DossierModel };
}

/** The dossier model, built on first use and kept (the bench reads how long: "dossiers:model"). */
function dossierModel(ctx: OverlayContext): DossierModel {
  if (ctx.kept.dossierModel) return ctx.kept.dossierModel;
  const started = now(ctx.doc);
  ctx.kept.dossierModel = buildDossierModel(ctx.graph);
  measureSince(ctx.doc, 'dossiers:model', started);
  return ctx.kept.dossierModel;
}

/** Builds the overlay for a route. */
export function makeOverlayFor(route: OverlayRoute, ctx: OverlayContext): Overlay {
  const { doc, storage } = ctx;
  const notify = (text: string): void => void ctx.toasts.show(text);
  switch (route.kind) {
    case 'map':
      return mapOverlay(ctx, notify);
    case 'backlog':
      return new BacklogOverlay({ actor: ctx.reading()?.actor, close: ctx.close });
    case 'dossiers':
      return new DossiersOverlay({ doc, model: dossierModel(ctx), progress: storage.progress, settings: storage.settings, open: ctx.open, replace: ctx.replace, close: ctx.close, ...(ctx.portraits ? { portraitUrl: ctx.portraits } : {}) });
    case 'saves':
      return new SavesOverlay(doc, {
        saves: storage.saves,
        close: ctx.close,
        switchMode: (mode) => ctx.replace({ kind: 'saves', mode }),
        recordFor: ctx.recordFor,
        reading: () => ctx.reading() !== undefined,
        // Closed through the navigator first, as the map's Read from here does: the address and the
        // history leave the save screen too (else a reload reopened it over the title).
        load: (record) => {
          ctx.close();
          ctx.read(record.story, { playTimeMs: record.meta.playTimeMs });
        },
        notify,
      });
    case 'settings':
      return new SettingsOverlay({
        settings: storage.settings,
        close: ctx.close,
        speech: ctx.speech,
        extra: (body) => body.append(transferSection(doc, { stores: storage, routeName: (id) => ctx.graph.routes[id]?.name, notify, imported: ctx.imported })),
      });
  }
}

function mapOverlay(ctx: OverlayContext, notify: (text: string) => void): MapOverlay {
  const { doc, graph } = ctx;
  return new MapOverlay({
    doc,
    graph,
    layouts: ctx.storyMapLayouts,
    reader: ctx.mapReader,
    reading: () => ctx.reading() !== undefined,
    close: ctx.close,
    showMap: () => ctx.replace({ kind: 'map' }),
    read: (save, told) => {
      ctx.close();
      ctx.read(save, { told });
    },
    notify,
    copy: (text) => doc.defaultView?.navigator.clipboard?.writeText(text).then(() => true, () => false) ?? Promise.resolve(false),
    linkTo: (hash) => new URL(hash, doc.location.href).href,
  });
}
