/**
 * The chooser's custom element (`<mesh-chooser>` on /choose/): reads the answers from the URL and the
 * form, ranks the meshes with `recommend` (pure, src/domain/chooser.ts), renders the reasons as links
 * and keeps the answers in the address.
 */
import { recommend, summarizeRecommendation, type ChooserData, type Reason } from '../domain/chooser';
import { parseChooserAnswers, urls, type ChooserAnswers } from '../domain/urls';

const reasonList = (reasons: Reason[]) => {
  const list = document.createElement('ul');
  list.className = 'mt-1 list-disc space-y-0.5 pl-5 text-sm';
  for (const reason of reasons) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = reason.href;
    link.textContent = reason.text;
    item.append(link);
    if (reason.weight) item.append(` (${reason.weight > 0 ? '+' : ''}${reason.weight})`);
    list.append(item);
  }
  return list;
};

class MeshChooser extends HTMLElement {
  connectedCallback() {
    const data = JSON.parse(this.dataset['model']!) as ChooserData;
    const q = <T extends Element>(s: string) => [...this.querySelectorAll<T>(s)];
    const read = (): ChooserAnswers => ({
      need: q<HTMLInputElement>('[data-need]').filter((b) => b.checked).map((b) => b.dataset['need']!),
      ...(Object.fromEntries(q<HTMLInputElement>('[data-number]').map((i) => [i.dataset['number']!, i.value && Number(i.value) > 0 ? Math.round(Number(i.value)) : null])) as Pick<ChooserAnswers, 'services' | 'pods' | 'nodes'>),
      constraints: q<HTMLInputElement>('[data-constraint]').filter((b) => b.checked).map((b) => b.dataset['constraint']!),
      runs: this.querySelector<HTMLSelectElement>('[data-runs]')!.value || null,
      ...(Object.fromEntries(q<HTMLInputElement>('[data-flag]').map((b) => [b.dataset['flag']!, b.checked])) as Pick<ChooserAnswers, 'memory' | 'latency'>),
      ebpf: (() => {
        const value = this.querySelector<HTMLInputElement>('input[name="ebpf"]:checked')?.value;
        return value === 'yes' ? true : value === 'no' ? false : null;
      })(),
    });
    const write = (answers: ChooserAnswers) => {
      for (const box of q<HTMLInputElement>('[data-need]')) {
        box.checked = answers.need.includes(box.dataset['need']!);
        if (box.checked) box.closest('details')?.setAttribute('open', '');
      }
      for (const field of q<HTMLInputElement>('[data-number]')) field.value = String(answers[field.dataset['number'] as 'services'] ?? '');
      for (const box of q<HTMLInputElement>('[data-constraint]')) box.checked = answers.constraints.includes(box.dataset['constraint']!);
      for (const box of q<HTMLInputElement>('[data-flag]')) box.checked = answers[box.dataset['flag'] as 'memory' | 'latency'];
      this.querySelector<HTMLSelectElement>('[data-runs]')!.value = answers.runs ?? '';
      const ebpf = answers.ebpf === null ? '' : answers.ebpf ? 'yes' : 'no';
      for (const radio of q<HTMLInputElement>('input[name="ebpf"]')) radio.checked = radio.value === ebpf;
    };
    const render = (answers: ChooserAnswers) => {
      const result = recommend(data, answers);
      this.querySelector('[data-summary]')!.textContent = summarizeRecommendation(result);
      const ranked = this.querySelector('[data-ranked]')!;
      ranked.replaceChildren(
        ...result.ranked.map((r) => {
          const item = document.createElement('li');
          item.dataset['mesh'] = r.mesh;
          const title = document.createElement('a');
          title.href = urls.mesh(r.mesh);
          title.className = 'font-semibold';
          title.textContent = r.name;
          item.append(title, ` — score ${r.score}`);
          if (r.reasons.length) item.append(reasonList(r.reasons));
          return item;
        }),
      );
      const excluded = this.querySelector('[data-excluded]')!;
      excluded.replaceChildren(
        ...(result.excluded.length
          ? result.excluded.map((e) => {
              const item = document.createElement('li');
              item.dataset['mesh'] = e.mesh;
              const name = document.createElement('span');
              name.className = 'font-semibold';
              name.textContent = e.name;
              item.append(name, reasonList(e.reasons));
              return item;
            })
          : [Object.assign(document.createElement('li'), { className: 'text-sm', textContent: 'None: every mesh has some support for what you require.' })]),
      );
      const noMesh = this.querySelector<HTMLElement>('[data-no-mesh]')!;
      noMesh.hidden = false;
      noMesh.classList.toggle('hidden', result.noMesh.reasons.length === 0);
      noMesh.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: 'font-semibold',
          textContent: result.noMesh.suggested ? 'Consider running no mesh at all.' : 'No mesh would not cover this.',
        }),
        reasonList(result.noMesh.reasons),
      );
      noMesh.dataset['suggested'] = String(result.noMesh.suggested);
    };
    const initial = parseChooserAnswers(location.search, {
      featureIds: Object.keys(data.features),
      constraintFlags: data.constraints.map((c) => c.flag),
      projects: data.projects.map((p) => p.id),
    });
    write(initial);
    render(initial);
    this.addEventListener('input', () => {
      const answers = read();
      render(answers);
      history.replaceState(history.state, '', urls.chooserView(answers));
    });
  }
}
customElements.define('mesh-chooser', MeshChooser);
