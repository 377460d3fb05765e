/**
 * Link-preview cards (1200×630 PNG) for pages whose best summary is text: a comparison's key
 * differences, or a study without charts. Drawn on @napi-rs/canvas with the project's font.
 */
import { createCanvas } from '@napi-rs/canvas';
import { IMAGE_SIZE } from './chartImage';
import { LEVEL_DISPLAY } from '../../atlas/levels';
import type { SupportLevel } from '../../schemas/vocab';

export interface PreviewCard {
  kicker: string;
  title: string;
  subtitle: string;
  rows?: { label: string; left: SupportLevel; right: SupportLevel }[];
  columns?: [string, string];
  lines?: string[];
}

const FONT = 'DejaVu Sans';

/** A blank card in the site's dark colours, at the link-preview size. */
function blankCard() {
  const { width, height } = IMAGE_SIZE;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#0f172a';
  ctx.fillRect(0, 0, width, height);
  return { canvas, ctx, width };
}

export function renderPreviewCard(card: PreviewCard): Buffer {
  const { canvas, ctx, width } = blankCard();
  ctx.fillStyle = '#5eead4';
  ctx.font = `bold 28px "${FONT}"`;
  ctx.fillText(`⬡ Mesh Atlas · ${card.kicker}`, 64, 80);
  ctx.fillStyle = '#f8fafc';
  ctx.font = `bold 52px "${FONT}"`;
  ctx.fillText(card.title, 64, 160, width - 128);
  ctx.fillStyle = '#cbd5e1';
  ctx.font = `28px "${FONT}"`;
  ctx.fillText(card.subtitle, 64, 215, width - 128);
  let y = 290;
  if (card.rows && card.columns) {
    ctx.font = `bold 24px "${FONT}"`;
    ctx.fillStyle = '#94a3b8';
    ctx.fillText(card.columns[0], 640, y);
    ctx.fillText(card.columns[1], 900, y);
    y += 48;
    for (const row of card.rows.slice(0, 5)) {
      ctx.font = `26px "${FONT}"`;
      ctx.fillStyle = '#f8fafc';
      ctx.fillText(row.label, 64, y, 540);
      for (const [x, level] of [[640, row.left], [900, row.right]] as const) {
        ctx.fillStyle = level === 'full' ? '#34d399' : level === 'partial' ? '#fbbf24' : level === 'none' ? '#fb7185' : '#cbd5e1';
        ctx.fillText(`${LEVEL_DISPLAY[level].symbol} ${LEVEL_DISPLAY[level].label}`, x, y);
      }
      y += 50;
    }
  }
  for (const line of card.lines ?? []) {
    ctx.font = `26px "${FONT}"`;
    ctx.fillStyle = '#e2e8f0';
    ctx.fillText(line, 64, y, width - 128);
    y += 44;
  }
  return canvas.toBuffer('image/png');
}

export interface SiteCard {
  title: string;
  /** At most two lines, wrapped by the caller. */
  lines: string[];
  /** The meshes, as chips in one or two rows. */
  chips: string[];
}

/** The site's own link-preview card: the question it answers and the meshes it compares. */
export function renderSiteCard(card: SiteCard): Buffer {
  const { canvas, ctx, width } = blankCard();
  ctx.fillStyle = '#5eead4';
  ctx.font = `bold 40px "${FONT}"`;
  ctx.fillText('⬡ Mesh Atlas', 90, 185);
  ctx.fillStyle = '#f8fafc';
  ctx.font = `bold 64px "${FONT}"`;
  ctx.fillText(card.title, 90, 272, width - 180);
  ctx.fillStyle = '#cbd5e1';
  ctx.font = `30px "${FONT}"`;
  card.lines.slice(0, 2).forEach((line, i) => ctx.fillText(line, 90, 341 + i * 42, width - 180));
  ctx.font = `26px "${FONT}"`;
  let [x, y] = [90, 435];
  for (const chip of card.chips) {
    const w = ctx.measureText(chip).width + 40;
    if (x + w > width - 90) [x, y] = [90, y + 66];
    ctx.strokeStyle = '#5eead4';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.roundRect(x, y, w, 48, 8);
    ctx.stroke();
    ctx.fillStyle = '#f8fafc';
    ctx.fillText(chip, x + 20, y + 33);
    x += w + 16;
  }
  return canvas.toBuffer('image/png');
}
