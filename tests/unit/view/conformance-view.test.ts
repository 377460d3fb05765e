/** The /conformance/ page's view: reports grouped by project and implementation, newest first, the rows they compute. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { conformancePageView } from '../../../src/view/conformance';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { ConformanceReportSchema } from '../../../src/schemas';

const real = loadContent('content').atlas;
const view = conformancePageView(real);
const report = (path: string) => ConformanceReportSchema().parse(yaml.load(readFileSync(join('content/conformance', `${path}.yaml`), 'utf8')));

describe('conformance page view', () => {
  it('groups reports by the project a lifecycle file names, the project’s own implementation first', () => {
    expect(view.projects.map((p) => p.id).sort()).toEqual(real.lifecycle.filter((l) => l.data.conformance.length).map((l) => l.data.project).sort());
    for (const project of view.projects) {
      expect(project.implementations[0]!.role).toBe('project');
      expect(project.implementations[0]!.heading).toBe(`${project.name}'s own reports`);
      expect(project.meshes.length).toBeGreaterThan(0);
    }
    const linkerd = view.projects.find((p) => p.implementations.some((i) => i.role === 'distribution'))!;
    const distribution = linkerd.implementations.find((i) => i.role === 'distribution')!;
    expect(distribution.heading).toBe(`${distribution.name} (a distribution of ${linkerd.name})`);
    expect(distribution.computed).toBeNull();
    expect(view.others).toEqual([]);
    expect(view.missing).toEqual([]);
  });

  it('lists each implementation’s reports newest first, each compared with the one before it', () => {
    const own = view.projects.flatMap((p) => p.implementations);
    for (const impl of own) {
      const dates = impl.reports.map((r) => r.date.iso);
      expect(dates).toEqual([...dates].sort().reverse());
      impl.reports.forEach((r, i) => expect(r.previous?.id ?? null).toBe(impl.reports[i + 1]?.id ?? null));
      expect(impl.newest).toBe(impl.reports[0]!.id);
    }
  });

  it('describes one report as it is: version, Gateway API version, channel, day, profiles mesh-first, features sorted', () => {
    const linkerd = view.projects.flatMap((p) => p.implementations).find((i) => i.reports.some((r) => r.file.endsWith('linkerd-linkerd/standard-2.20-default-report.yaml')))!;
    const r = linkerd.reports.find((x) => x.file.endsWith('linkerd-linkerd/standard-2.20-default-report.yaml'))!;
    const data = report('v1.6/linkerd-linkerd/standard-2.20-default-report');
    expect(r).toMatchObject({
      id: 'gateway-api-conformance-linkerd-2-20-standard',
      url: 'https://github.com/kubernetes-sigs/gateway-api/blob/main/conformance/reports/v1.6/linkerd-linkerd/standard-2.20-default-report.yaml',
      version: '2.20',
      release: '2.20',
      gatewayApi: 'v1.6.2',
      channel: 'standard',
      mode: 'default',
      date: { iso: '2026-09-09', text: '9 Sept 2026' },
      vendorOf: ['linkerd'],
      provisional: data.succeededProvisionalTests,
    });
    expect(r.profiles.map((p) => [p.name, p.mesh])).toEqual([['MESH-GRPC', true], ['MESH-HTTP', true]]);
    const grpc = r.profiles[0]!;
    expect(grpc.core).toEqual({ result: 'partial', passed: 2, skipped: 1, failed: 0, skippedTests: ['MeshGRPCRouteRequestHeaderModifier'], failedTests: [] });
    expect(grpc.extended).toBeNull();
    const http = r.profiles[1]!;
    expect(http.extended).toMatchObject({ result: 'success', passed: 5, skipped: 0, failed: 0, unsupported: ['MeshHTTPRouteRedirectPath', 'MeshHTTPRouteRewritePath'] });
    expect(http.extended!.supported).toEqual([...http.extended!.supported].sort());
    expect(r.previous).toEqual({ release: '2.18', id: 'gateway-api-conformance-linkerd-2-18-standard' });
    expect(r.changes).toContain('MESH-GRPC core success → partial');
  });

  it('puts gateway profiles after the mesh ones, and says which rows the newest report computes, per mesh', () => {
    const istio = view.projects.flatMap((p) => p.implementations).find((i) => i.reports.some((r) => r.profiles.some((p) => p.name === 'GATEWAY-HTTP')) && i.computed)!;
    const profiles = istio.reports[0]!.profiles.map((p) => p.name);
    expect(profiles.slice(0, profiles.filter((p) => p.startsWith('MESH-')).length).every((p) => p.startsWith('MESH-'))).toBe(true);
    const computedFeatures = real.features.filter((f) => f.data.conformance).map((f) => f.data.name);
    expect(istio.computed!.rows.map((r) => r.feature).sort()).toEqual(computedFeatures.sort());
    for (const row of istio.computed!.rows) {
      expect(row.cells).toHaveLength(istio.computed!.meshes.length);
      for (const c of row.cells) expect(c.href).toMatch(/^\/features\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    }
  });
});

describe('conformance page view on an edited atlas', () => {
  it('shows reports of an implementation no lifecycle file names apart, a project with no report as missing, and counts a report without statistics as zero', () => {
    const data = report('v1.6/linkerd-linkerd/standard-2.20-default-report');
    const stranger = structuredClone(data);
    Object.assign(stranger.implementation, { organization: 'Acme', project: 'Acme Mesh', version: '0.1' });
    for (const profile of stranger.profiles) {
      delete profile.core.statistics;
      if (profile.extended) delete profile.extended.statistics;
    }
    const dropped = real.lifecycle.find((l) => l.data.conformance.length)!;
    const atlas = {
      ...real,
      conformance: [...real.conformance, { id: 'v9/acme/report', filePath: 'content/conformance/v9/acme/report.yaml', data: stranger }],
      lifecycle: real.lifecycle.map((l) => (l === dropped ? { ...l, data: { ...l.data, conformance: [] } } : l)),
    };
    const edited = conformancePageView(atlas);
    expect(edited.projects.map((p) => p.id)).not.toContain(dropped.data.project);
    expect(edited.missing).toEqual([view.projects.find((p) => p.id === dropped.data.project)!.name]);
    // The dropped project's implementations now belong to no one either.
    expect(edited.others).toHaveLength(1 + dropped.data.conformance.length);
    const acme = edited.others.find((o) => o.name === 'Acme Mesh')!;
    expect([acme.heading, acme.role, acme.computed]).toEqual(['Acme Mesh', null, null]);
    const only = acme.reports[0]!;
    expect(only.vendorOf).toEqual([]);
    expect(only.previous).toBeNull();
    expect(only.profiles.map((p) => [p.core.passed, p.core.skipped, p.core.failed])).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(only.profiles[1]!.extended).toMatchObject({ passed: 0, skipped: 0, failed: 0 });
    expect(edited.search).toEqual({ type: 'conformance', meshes: edited.projects.flatMap((p) => p.meshes.map((m) => m.name)) });
    expect(edited.search.meshes.length).toBeGreaterThan(0);
  });

  it('lists a project’s own implementation before its distribution whatever the lifecycle file’s order', () => {
    const withDistribution = real.lifecycle.find((l) => l.data.conformance.some((c) => c.role === 'distribution'))!;
    const atlas = { ...real, lifecycle: real.lifecycle.map((l) => (l === withDistribution ? { ...l, data: { ...l.data, conformance: [...l.data.conformance].reverse() } } : l)) };
    const project = conformancePageView(atlas).projects.find((p) => p.id === withDistribution.data.project)!;
    expect(project.implementations.map((i) => i.role)).toEqual(['project', 'distribution']);
    expect(project.meshes.map((m) => m.href)).toEqual(real.meshes.filter((m) => m.data.project === project.id).map((m) => `/meshes/${m.id}/`).sort());
  });

  it('shows in the computed table only the rows the report decides, with each cell’s requirements, for the project’s meshes only', () => {
    for (const impl of view.projects.flatMap((p) => p.implementations).filter((i) => i.computed)) {
      const project = view.projects.find((p) => p.implementations.includes(impl))!;
      expect(impl.computed!.meshes).toEqual(real.meshes.filter((m) => m.data.project === project.id).sort((a, b) => a.data.order - b.data.order).map((m) => m.data.shortName));
      for (const row of impl.computed!.rows) {
        for (const [i, cellView] of row.cells.entries()) {
          const mesh = real.meshes.filter((m) => m.data.project === project.id).sort((a, b) => a.data.order - b.data.order)[i]!;
          const feature = real.features.find((f) => f.data.name === row.feature)!;
          const cell = mesh.data.support[feature.id]!;
          expect(cellView.level).toBe(cell.level);
          expect(cellView.requires.length).toBe(cell.requires.length);
          expect(cellView.href).toBe(`/features/${feature.id}/#${feature.id}-${mesh.id}`);
        }
      }
    }
  });
});
