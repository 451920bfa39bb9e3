/** Asking first: a small in-page confirmation (a real alertdialog, focus inside, Esc or Cancel says no). */
import { button, h } from '../dom.ts';

/** Shows a question over `container`; resolves true for the confirming button, false for Cancel or Esc. */
export function askFirst(container: HTMLElement, question: string, confirmLabel: string): Promise<boolean> {
  const doc = container.ownerDocument;
  const returnFocus = doc.activeElement;
  return new Promise((resolve) => {
    const questionId = `confirm-${Date.now().toString(36)}`;
    const finish = (answer: boolean): void => {
      dialog.remove();
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
      resolve(answer);
    };
    const cancel = button(doc, { id: 'confirm-cancel', label: 'Cancel', className: 'ui-button', onActivate: () => finish(false) });
    const confirm = button(doc, { id: 'confirm-yes', label: confirmLabel, className: 'ui-button', onActivate: () => finish(true) });
    const dialog = h(doc, 'div', { className: 'confirm', attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': questionId } }, [
      h(doc, 'p', { text: question, attrs: { id: questionId } }),
      h(doc, 'div', { className: 'confirm-actions' }, [cancel, confirm]),
    ]);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish(false);
      }
    });
    container.append(dialog);
    cancel.focus();
  });
}
