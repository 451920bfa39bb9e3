/** Asking first: a small in-page confirmation (a real alertdialog, focus inside, Esc or Cancel says no). */
import { button, h } from '../dom.ts';

/**
 * Shows a question over `container`; resolves true for the confirming button, false for Cancel or
 * Esc. Everything else in the container is inert meanwhile: no key or click reaches what is under it.
 */
export function askFirst(container: HTMLElement, question: string, confirmLabel: string): Promise<boolean> {
  const doc = container.ownerDocument;
  const returnFocus = doc.activeElement;
  return new Promise((resolve) => {
    const questionId = `confirm-${Date.now().toString(36)}`;
    const covered = [...container.children].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.inert);
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      finish(false);
    };
    const finish = (answer: boolean): void => {
      doc.removeEventListener('keydown', onKey, true);
      dialog.remove();
      for (const el of covered) el.inert = false;
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
      resolve(answer);
    };
    const cancel = button(doc, { id: 'confirm-cancel', label: 'Cancel', className: 'ui-button', onActivate: () => finish(false) });
    const confirm = button(doc, { id: 'confirm-yes', label: confirmLabel, className: 'ui-button', onActivate: () => finish(true) });
    const dialog = h(doc, 'div', { className: 'confirm', attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': questionId } }, [
      h(doc, 'p', { text: question, attrs: { id: questionId } }),
      h(doc, 'div', { className: 'confirm-actions' }, [cancel, confirm]),
    ]);
    doc.addEventListener('keydown', onKey, true);
    for (const el of covered) el.inert = true;
    container.append(dialog);
    cancel.focus();
  });
}
