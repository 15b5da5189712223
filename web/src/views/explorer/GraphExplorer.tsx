import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { gql } from '../../lib/api';
import { enumLabel, useI18n } from '../../lib/i18n';
import { ErrorLine } from '../../lib/ui';
import {
  KIND_COLOURS,
  NEIGHBOURHOOD,
  NODE_KINDS,
  PATH,
  REGION_NETWORK,
  type NetworkEdge,
  type NetworkNode,
  type NetworkPath,
  type NodeKind,
} from './queries';

/**
 * Kinds the region view draws at first: organizations, researchers, consortiums, coordinators, needs
 * and seeds. Contacts, support staff, equipment and programmes appear when a node is expanded: a click
 * shows every neighbour of that node, whatever the filter, so nothing around it stays hidden.
 */
const DEFAULT_KINDS: NodeKind[] = ['ORGANIZATION', 'RESEARCHER', 'CONSORTIUM', 'COORDINATOR', 'NEED', 'SEED'];

/**
 * A read-only hook for the end-to-end tests: how many nodes are drawn and where a node is on
 * screen, so a test clicks the canvas as a user would. It exposes nothing the page does not show.
 */
declare global {
  interface Window {
    musubiExplorer?: {
      nodeCount(): number;
      edgeCount(): number;
      nodes(): { id: string; kind: NodeKind; degree: number }[];
      /** The node's centre in page coordinates, or null when it is not drawn. */
      pagePosition(id: string): { x: number; y: number } | null;
    };
  }
}

const toElements = (graph: { nodes: NetworkNode[]; edges: NetworkEdge[] }): ElementDefinition[] => [
  ...graph.nodes.map((n) => ({
    group: 'nodes' as const,
    // Labels are drawn as canvas text: API strings never become markup.
    data: { id: n.id, label: n.label, kind: n.kind, degree: n.degree, colour: KIND_COLOURS[n.kind] ?? '#64748b' },
  })),
  ...graph.edges.map((e) => ({
    group: 'edges' as const,
    data: { id: e.id, source: e.source, target: e.target, type: e.type },
  })),
];

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: '',
      'font-size': 9,
      color: '#1e293b',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      width: 'mapData(degree, 0, 30, 14, 40)',
      height: 'mapData(degree, 0, 30, 14, 40)',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  // Names of the well-connected nodes only, so the region view stays readable; any node shows its name when expanded.
  { selector: 'node[degree >= 6], node:selected, node.expanded, node.on-path', style: { label: 'data(label)' } },
  { selector: 'node[kind = "REGION"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[kind = "CONSORTIUM"]', style: { shape: 'hexagon' } },
  { selector: 'node[kind = "NEED"]', style: { shape: 'diamond' } },
  { selector: 'node[kind = "SEED"]', style: { shape: 'round-triangle' } },
  { selector: 'node[kind = "EQUIPMENT"]', style: { shape: 'round-tag' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#cbd5e1', 'curve-style': 'haystack', opacity: 0.8 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#0f172a' } },
  { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#f59e0b' } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 10 } },
  {
    selector: 'edge.on-path',
    style: { width: 4, 'line-color': '#f59e0b', 'curve-style': 'bezier', 'z-index': 10, opacity: 1 },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
];

/**
 * Cytoscape adds an inline <style> for its container (position: relative) unless an element with
 * this id exists. The page's CSP refuses inline styles, so a marker takes its place and styles.css
 * carries the rule.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
function keepCytoscapeStylesheetOut(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

interface Selected {
  id: string;
  label: string;
  kind: NodeKind;
  degree: number;
}

export function GraphExplorer({ regionId }: { regionId: string }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [kinds, setKinds] = useState<NodeKind[]>(DEFAULT_KINDS);
  const [stats, setStats] = useState({ nodes: 0, edges: 0, omitted: 0, kinds: [] as NodeKind[] });
  const [error, setError] = useState<unknown>(null);
  // The region's first fetch starts on mount.
  const [busy, setBusy] = useState(true);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [pathEnds, setPathEnds] = useState<{ from: Selected | null; to: Selected | null }>({ from: null, to: null });
  const [path, setPath] = useState<NetworkPath | null | 'none'>(null);

  const refreshStats = (omitted?: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    const drawn = new Set(cy.nodes().map((n) => n.data('kind') as NodeKind));
    setStats((s) => ({
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      omitted: omitted ?? s.omitted,
      kinds: NODE_KINDS.filter((k) => drawn.has(k)),
    }));
  };

  const runLayout = (randomize: boolean) => {
    cyRef.current
      ?.layout({
        name: 'cose',
        animate: false,
        randomize,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 70,
        numIter: 1000,
        fit: true,
        padding: 30,
      })
      .run();
  };

  /** Adds what is not drawn yet; returns how many nodes were new. */
  const merge = (graph: { nodes: NetworkNode[]; edges: NetworkEdge[] }, near?: { x: number; y: number }): number => {
    const cy = cyRef.current!;
    const fresh = toElements(graph).filter((el) => cy.getElementById(el.data.id!).empty());
    const added = cy.add(
      fresh.map((el) =>
        near && el.group === 'nodes'
          ? { ...el, position: { x: near.x + Math.random() * 40 - 20, y: near.y + Math.random() * 40 - 20 } }
          : el,
      ),
    );
    return added.nodes().length;
  };

  const expand = useCallback(async (nodeId: string) => {
    const cy = cyRef.current;
    if (!cy) return;
    setBusy(true);
    setError(null);
    try {
      const data = await gql(NEIGHBOURHOOD, { nodeId, limit: 150 });
      const node = cy.getElementById(nodeId);
      const added = merge(data.networkNeighbourhood, node.nonempty() ? node.position() : undefined);
      node.addClass('expanded');
      if (added) runLayout(false);
      refreshStats();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);

  // One cytoscape instance per region view.
  useEffect(() => {
    keepCytoscapeStylesheetOut();
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
    });
    cyRef.current = cy;
    cy.on('tap', 'node', (event) => {
      // The 'node' selector makes the target a node; cytoscape types every event's target as any.
      const node = event.target as NodeSingular;
      setSelected({
        id: node.id(),
        label: node.data('label') as string,
        kind: node.data('kind') as NodeKind,
        degree: node.data('degree') as number,
      });
      void expand(node.id());
    });
    cy.on('tap', (event) => {
      if (event.target === cy) setSelected(null);
    });
    window.musubiExplorer = {
      nodeCount: () => cy.nodes().length,
      edgeCount: () => cy.edges().length,
      nodes: () =>
        cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind') as NodeKind, degree: n.data('degree') as number })),
      pagePosition: (id) => {
        const node = cy.getElementById(id);
        if (node.empty() || !container.current) return null;
        const box = container.current.getBoundingClientRect();
        const p = node.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      },
    };
    return () => {
      delete window.musubiExplorer;
      cy.destroy();
      cyRef.current = null;
    };
  }, [expand]);

  // The region's graph for the chosen kinds, fetched on mount, when the kinds change and on reset.
  // `busy`, the error and the path are cleared where the fetch is asked for (initial state, toggleKind,
  // loadRegion); a run that a newer one replaced draws nothing.
  const [regionLoads, setRegionLoads] = useState(0);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let live = true;
    gql(REGION_NETWORK, { regionId, nodeKinds: kinds, limit: 300 })
      .then((data) => {
        if (!live) return;
        cy.elements().remove();
        merge(data.regionNetwork);
        runLayout(true);
        refreshStats(data.regionNetwork.omittedNodes);
      })
      .catch((e: unknown) => {
        if (live) setError(e);
      })
      .finally(() => {
        if (live) setBusy(false);
      });
    return () => {
      live = false;
    };
  }, [regionId, kinds, regionLoads]);
  const startRegionLoad = () => {
    setBusy(true);
    setError(null);
    setPath(null);
  };
  const loadRegion = () => {
    startRegionLoad();
    setRegionLoads((n) => n + 1);
  };

  const toggleKind = (kind: NodeKind) => {
    startRegionLoad();
    setKinds((list) => (list.includes(kind) ? list.filter((k) => k !== kind) : [...list, kind]));
  };

  const findPath = async () => {
    const cy = cyRef.current;
    if (!cy || !pathEnds.from || !pathEnds.to) return;
    setBusy(true);
    setError(null);
    try {
      const data = await gql(PATH, { fromId: pathEnds.from.id, toId: pathEnds.to.id });
      cy.elements().removeClass('on-path faded');
      const found = data.introductionPath;
      setPath(found ?? 'none');
      if (found) {
        if (merge(found)) runLayout(false);
        const ids = new Set([...found.nodes.map((n) => n.id), ...found.edges.map((e) => e.id)]);
        cy.elements().forEach((el) => {
          el.addClass(ids.has(el.id()) ? 'on-path' : 'faded');
        });
        refreshStats();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const clearPath = () => {
    cyRef.current?.elements().removeClass('on-path faded');
    setPath(null);
  };

  return (
    <div className="explorer" data-testid="explorer">
      <aside className="panel explorer-side">
        <h3>{t('explorer.kinds')}</h3>
        <div className="kind-filters">
          {NODE_KINDS.map((kind) => (
            <label key={kind} className="kind-filter">
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={() => toggleKind(kind)}
                data-testid={`kind-${kind}`}
              />
              <span className="swatch" style={{ background: KIND_COLOURS[kind] }} />
              {enumLabel(t, 'kind', kind)}
            </label>
          ))}
        </div>

        <h3>{t('explorer.selected')}</h3>
        {selected ? (
          <div className="selected" data-testid="selected-node">
            <div className="need-title">{selected.label}</div>
            <div className="muted small">
              {enumLabel(t, 'kind', selected.kind)} · {t('explorer.degree', { degree: selected.degree })}
            </div>
          </div>
        ) : (
          <p className="muted small">{t('explorer.hint')}</p>
        )}

        <h3>{t('explorer.findPath')}</h3>
        <div className="path-ends">
          {(['from', 'to'] as const).map((end) => (
            <div key={end} className="path-end">
              <span className="muted small">{t(end === 'from' ? 'explorer.pathFrom' : 'explorer.pathTo')}</span>
              <span className="path-end-name">{pathEnds[end]?.label ?? '—'}</span>
              <button
                type="button"
                className="button link"
                disabled={!selected}
                data-testid={`path-${end}`}
                onClick={() => setPathEnds((p) => ({ ...p, [end]: selected }))}
              >
                {t('explorer.pathUseSelected')}
              </button>
            </div>
          ))}
          <div className="button-row">
            <button
              type="button"
              className="button primary small"
              disabled={!pathEnds.from || !pathEnds.to || busy}
              data-testid="find-path"
              onClick={() => void findPath()}
            >
              {t('explorer.findPath')}
            </button>
            {path && (
              <button type="button" className="button ghost small" onClick={clearPath}>
                {t('common.close')}
              </button>
            )}
          </div>
          {!pathEnds.from && <p className="muted small">{t('explorer.pathPick')}</p>}
          {path === 'none' && <p className="muted small">{t('explorer.pathNone')}</p>}
          {path && path !== 'none' && (
            <ol className="steps" data-testid="path-steps">
              {path.steps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          )}
        </div>
      </aside>
      <section className="panel graph-panel">
        <div className="graph-bar">
          <span data-testid="graph-stats" data-nodes={stats.nodes} data-edges={stats.edges}>
            {t('explorer.nodesShown', { nodes: stats.nodes, edges: stats.edges })}
          </span>
          {stats.omitted > 0 && (
            <span className="muted small">{t('explorer.truncated', { count: stats.omitted })}</span>
          )}
          <span className="spacer" />
          {busy && <span className="muted small">{t('common.loading')}</span>}
          <button type="button" className="button ghost small" onClick={() => cyRef.current?.fit(undefined, 30)}>
            {t('explorer.fit')}
          </button>
          <button type="button" className="button ghost small" onClick={loadRegion}>
            {t('explorer.reset')}
          </button>
        </div>
        {error !== null && <ErrorLine error={error} onRetry={loadRegion} />}
        <div ref={container} className="graph" data-testid="graph" />
        <div className="legend">
          {stats.kinds.map((kind) => (
            <span key={kind} className="legend-item">
              <span className="swatch" style={{ background: KIND_COLOURS[kind] }} />
              {enumLabel(t, 'kind', kind)}
            </span>
          ))}
        </div>
      </section>
    </div>
  );
}
