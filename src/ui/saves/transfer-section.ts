/** Moving a reader's data to another browser: export everything to one file, import it there. */
import { exportAll, exportFileName, importAll, type Stores } from '../../storage/transfer.ts';
import { button, h } from '../dom.ts';
import { askFirst } from './confirm.ts';

/** What export and import need. */
export interface TransferDeps {
  readonly stores: Stores;
  readonly routeName: (id: string) => string | undefined;
  readonly notify: (text: string) => void;
  /** Something was imported: lists and settings should be read again. */
  readonly imported: () => void;
}

/** The "Your reading, elsewhere" section: an Export button and a file picker for Import. */
export function transferSection(doc: Document, deps: TransferDeps): HTMLElement {
  const status = h(doc, 'p', { className: 'transfer-status', attrs: { role: 'status' } });
  const say = (text: string): void => {
    status.textContent = text;
    deps.notify(text);
  };
  const file = h(doc, 'input', { className: 'visually-hidden', attrs: { type: 'file', accept: 'application/json,.json', id: 'import-file', tabindex: -1, 'aria-hidden': 'true' } });
  const section = h(doc, 'section', { className: 'transfer', attrs: { 'aria-labelledby': 'transfer-heading' } }, [
    h(doc, 'h3', { text: 'Your reading, in another browser', attrs: { id: 'transfer-heading' } }),
    h(doc, 'p', { className: 'setting-hint', text: 'Export saves, progress and settings to one file; import it on another browser or device.' }),
    h(doc, 'div', { className: 'transfer-actions' }, [
      button(doc, { id: 'export', label: 'Export to a file', className: 'ui-button', onActivate: () => void exportToFile(doc, deps.stores).then(() => say('Exported your saves, progress and settings.')) }),
      button(doc, { id: 'import', label: 'Import a file…', className: 'ui-button', onActivate: () => file.click() }),
    ]),
    file,
    status,
  ]);
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) void importFile(section, chosen, deps, say);
  });
  return section;
}

async function exportToFile(doc: Document, stores: Stores): Promise<void> {
  const text = await exportAll(stores);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h(doc, 'a', { attrs: { href: url, download: exportFileName() } });
  doc.body.append(link);
  link.click();
  link.remove();
  doc.defaultView?.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function importFile(container: HTMLElement, file: File, deps: TransferDeps, say: (text: string) => void): Promise<void> {
  if (!(await askFirst(container, `Import “${file.name}”? Its saves replace the slots it has; its progress is added to yours; its settings replace yours.`, 'Import'))) return;
  // Read no more than a little past the limit: a huge file is refused without reading it all.
  const text = await file.slice(0, 5_000_001).text();
  const result = await importAll(text, deps.stores, deps.routeName);
  if (!result.ok) {
    say(`Nothing was imported: ${result.message}`);
    return;
  }
  say(result.summary.text);
  deps.imported();
}
