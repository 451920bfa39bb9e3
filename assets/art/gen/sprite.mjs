// Sprite wrapper: 800x1400 transparent canvas, figure group gets one cheap
// filter: a neon rim light on one side + a soft form shade on the other.
import { svgDoc, el, n } from './util.mjs';

export const SW = 800, SH = 1400;

export function rimFilter(id, rim, { dx = 8, dy = -3, shade = '#12061c', shadeOp = 0.42, shadeW = 26, rimOp = 0.95 } = {}) {
  return (
    `<filter id="${id}" x="-3%" y="-3%" width="106%" height="106%" color-interpolation-filters="sRGB">` +
    // rim light: edge on the left side (light coming from viewer-left)
    `<feOffset in="SourceAlpha" dx="${dx}" dy="${dy}" result="o1"/>` +
    `<feComposite in="SourceAlpha" in2="o1" operator="out" result="e1"/>` +
    `<feFlood flood-color="${rim}" flood-opacity="${rimOp}"/>` +
    `<feComposite in2="e1" operator="in" result="rim"/>` +
    // form shade: wide band on the right side
    `<feOffset in="SourceAlpha" dx="${-shadeW}" dy="0" result="o2"/>` +
    `<feComposite in="SourceAlpha" in2="o2" operator="out" result="e2"/>` +
    `<feFlood flood-color="${shade}" flood-opacity="${shadeOp}"/>` +
    `<feComposite in2="e2" operator="in" result="sh"/>` +
    `<feMerge><feMergeNode in="SourceGraphic"/><feMergeNode in="sh"/><feMergeNode in="rim"/></feMerge>` +
    `</filter>`
  );
}

/** wrap a figure into a sprite document */
export function sprite(figure, defs, rim, opts = {}) {
  const f = rimFilter('rim', rim, opts.filter);
  const ground = opts.noGlow ? '' : '';
  return svgDoc(SW, SH, ground + `<g filter="url(#rim)">${figure}</g>` + (opts.over || ''), defs + f);
}

/** simple 5-point star path */
export function star(cx, cy, r, r2 = r * 0.45, rot = -90) {
  let d = '';
  for (let i = 0; i < 10; i++) {
    const a = ((rot + i * 36) * Math.PI) / 180, rr = i % 2 ? r2 : r;
    d += (i ? 'L' : 'M') + n(cx + Math.cos(a) * rr) + ' ' + n(cy + Math.sin(a) * rr);
  }
  return d + 'Z';
}

export const p = (tag, a) => el(tag, a);
