/**
 * The matrix's cell-details dialog, loaded on the first click on a cell: reads the public features
 * export once and fills the dialog from `cellDetails` (pure, in src/domain). When the export cannot be
 * read, the link goes to the feature page, which shows the same details.
 */
import { cellDetails, type FeaturesExportLike } from '../domain/cellDetails';
import { urls } from '../domain/urls';

let exportData: Promise<FeaturesExportLike> | undefined;
const loadExport = () =>
  (exportData ??= fetch(urls.featuresExport()).then((r) => (r.ok ? (r.json() as Promise<FeaturesExportLike>) : Promise.reject(new Error(String(r.status))))));

const element = (tag: string, className: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export async function openCellDetails(root: HTMLElement, link: HTMLAnchorElement): Promise<void> {
  const dialog = root.querySelector<HTMLDialogElement>('[data-dialog]')!;
  const feature = link.dataset['feature']!;
  const mesh = link.dataset['meshId']!;
  let details;
  try {
    details = cellDetails(await loadExport(), feature, mesh);
  } catch {
    details = null;
  }
  if (!details) {
    location.href = link.href;
    return;
  }
  const q = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
  q('[data-title]').textContent = details.title;
  const level = q('[data-level]');
  level.replaceChildren(link.querySelector('[data-level]')!.cloneNode(true), element('span', 'text-sm', details.levelDescription));
  if (details.maturity) level.append(element('span', 'tag tag-neutral', details.maturity));
  q('[data-note]').textContent = details.note;
  q('[data-facts]').replaceChildren(...details.facts.map((fact) => element('li', '', fact)));
  q('[data-sources]').replaceChildren(
    ...(details.sources.length
      ? details.sources.map((source) => {
          const item = element('li', '');
          const anchor = element('a', '', source.title) as HTMLAnchorElement;
          anchor.href = source.url;
          item.append(anchor, ' ', element('span', 'text-slate-600 dark:text-slate-400', `(${source.byline})`));
          if (source.vendor) item.append(' ', element('span', 'tag tag-vendor', source.vendor));
          return item;
        })
      : [element('li', '', 'None cited: nobody has found a primary source yet.')]),
  );
  const history = q<HTMLElement>('[data-history]');
  history.hidden = details.history.length === 0;
  q('[data-history-list]').replaceChildren(
    ...details.history.map((change) => {
      const item = element('li', '');
      item.append(element('span', 'font-semibold', change.line), ' — ', change.reason, ' Per ');
      change.sources.forEach((source, index) => {
        const anchor = element('a', '', source.title) as HTMLAnchorElement;
        anchor.href = source.url;
        item.append(...(index > 0 ? ['; '] : []), anchor);
      });
      item.append('.');
      return item;
    }),
  );
  const disputes = q<HTMLElement>('[data-disputes]');
  disputes.hidden = details.disputes.length === 0;
  q('[data-disputes-list]').replaceChildren(
    ...details.disputes.map((dispute) => {
      const item = element('li', '');
      const anchor = element('a', '', dispute.by.title) as HTMLAnchorElement;
      anchor.href = dispute.by.url;
      item.append(element('span', 'font-semibold', `${dispute.by.publisher} says: `), dispute.claim);
      if (dispute.level) item.append(` (${dispute.level})`);
      item.append(' — ', anchor);
      if (dispute.by.vendor) item.append(' ', element('span', 'tag tag-vendor', dispute.by.vendor));
      item.append(element('span', 'block', `Our reading: ${dispute.resolution}`));
      return item;
    }),
  );
  const derived = q<HTMLElement>('[data-derived]');
  derived.hidden = !details.derivedFrom;
  if (details.derivedFrom) {
    const anchor = element('a', '', details.derivedFrom.text) as HTMLAnchorElement;
    anchor.href = details.derivedFrom.url;
    derived.replaceChildren(anchor, '. The level, date and version come from the report, not from an editor.');
  }
  q<HTMLAnchorElement>('[data-feature-link]').href = details.featureUrl;
  q<HTMLAnchorElement>('[data-edit-link]').href = root.querySelector<HTMLElement>(`th[data-mesh="${mesh}"]`)?.dataset['editUrl'] ?? urls.home();
  if (!dialog.open) dialog.showModal();
}
