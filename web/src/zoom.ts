/**
 * Zoom and pan for an SVG drawing, as a map does it: buttons, the + − 0 and arrow keys, Ctrl/⌘ +
 * wheel and trackpad pinch around the pointer, dragging, and a two-finger pinch on touch screens.
 * The view is the drawing's viewBox, clamped so the drawing always fills its box.
 *
 * Written by hand rather than with d3-zoom: d3-zoom brings d3-selection, d3-transition,
 * d3-interpolate and d3-color, about 16 KB with brotli, where the first view's budget has about
 * 2 KB left; this is the part of it the page needs, on Pointer Events, in well under that.
 */
import { h } from './dom.js';
import { t, type Lang } from './i18n.js';

/** The zoom range and one button's or key's step: one home for them. */
const MIN_SCALE = 1;
const MAX_SCALE = 4;
const STEP = 1.5;
/** How far the pointer moves, in CSS px, before a press becomes a drag (and no longer a click). */
const DRAG_PX = 4;
/** How far an arrow key pans, in CSS px. */
const PAN_PX = 48;

type Point = { x: number; y: number };
/** The visible part of the drawing: its scale and top-left corner, in drawing units. */
interface View { readonly k: number; readonly x: number; readonly y: number }

const clampScale = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));
const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));

class Zoom {
  view: View = { k: 1, x: 0, y: 0 };
  constructor(readonly svg: SVGSVGElement, readonly width: number, readonly height: number, readonly onChange: () => void) {}

  /** Shows `next`, clamped: the scale within its range, the drawing never dragged out of its box. */
  set(next: View): void {
    const k = clampScale(next.k);
    const view = { k, x: clamp(next.x, this.width - this.width / k), y: clamp(next.y, this.height - this.height / k) };
    const old = this.view;
    if (view.k === old.k && view.x === old.x && view.y === old.y) return;
    this.view = view;
    this.svg.setAttribute('viewBox', [view.x, view.y, this.width / k, this.height / k].map((n) => n.toFixed(2)).join(' '));
    this.svg.style.setProperty('--k', String(k));
    this.svg.classList.toggle('is-zoomed', k > MIN_SCALE);
    this.onChange();
  }

  /** Where a point of the screen is in the box (0 to 1 each way) and in the drawing. */
  locate(client: Point): { box: Point; at: Point } {
    const r = this.svg.getBoundingClientRect();
    const box = { x: (client.x - r.left) / r.width, y: (client.y - r.top) / r.height };
    const { k, x, y } = this.view;
    return { box, at: { x: x + (box.x * this.width) / k, y: y + (box.y * this.height) / k } };
  }

  /** Scales to k with the drawing point `at` shown at `box` (fractions of the box). */
  place(at: Point, box: Point, k: number): void {
    const scale = clampScale(k);
    this.set({ k: scale, x: at.x - (box.x * this.width) / scale, y: at.y - (box.y * this.height) / scale });
  }

  /** Zooms by a factor around a point of the screen, or around the centre of the view. */
  zoomBy(factor: number, client?: Point): void {
    const { k, x, y } = this.view;
    const { box, at } = client ? this.locate(client) : { box: { x: 0.5, y: 0.5 }, at: { x: x + this.width / k / 2, y: y + this.height / k / 2 } };
    this.place(at, box, k * factor);
  }

  /** Drag and pinch: the drawing point that was under `from` follows to `to`, scaled by `ratio`. */
  follow(from: Point, to: Point, ratio = 1): void {
    this.place(this.locate(from).at, this.locate(to).box, this.view.k * ratio);
  }

  /** Pans by CSS pixels. */
  panBy(dx: number, dy: number): void {
    const { k, x, y } = this.view;
    const perPx = this.width / k / this.svg.getBoundingClientRect().width;
    this.set({ k, x: x + dx * perPx, y: y + dy * perPx });
  }

  /** Brings a drawing point into view (a node reached with Tab), centring it if it was outside. */
  reveal(p: Point): void {
    const { k, x, y } = this.view;
    const inside = p.x >= x && p.x <= x + this.width / k && p.y >= y && p.y <= y + this.height / k;
    if (!inside) this.place(p, { x: 0.5, y: 0.5 }, k);
  }
}

/**
 * The keys, when the drawing or a node in it has focus. Arrows pan by the screen's directions in
 * both languages: the drawing is not mirrored in Arabic, so right shows more of its right.
 */
function onKey(zoom: Zoom, event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return; // Ctrl + and Ctrl 0 stay the browser's
  const pans: Record<string, Point> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };
  const before = zoom.view;
  const pan = pans[event.key];
  if (pan) zoom.panBy(pan.x * PAN_PX, pan.y * PAN_PX);
  else if (event.key === '+' || event.key === '=') zoom.zoomBy(STEP);
  else if (event.key === '-' || event.key === '_') zoom.zoomBy(1 / STEP);
  else if (event.key === '0' || event.key === '٠') zoom.set({ k: MIN_SCALE, x: 0, y: 0 });
  else return;
  // A key that changed nothing (an arrow at 1×, or at the edge) keeps its default: the page scrolls.
  if (zoom.view !== before) event.preventDefault();
}

/**
 * Ctrl/⌘ + wheel, and a trackpad pinch (which browsers send as a wheel with ctrlKey), zoom around
 * the pointer. Chromium sends a pinch as deltaY = −100·ln(scale), so exp(−deltaY/100) follows the
 * fingers; a mouse wheel's notch (100) is capped at one button step. A plain wheel is left alone
 * and scrolls the page: the drawing never traps it.
 */
function onWheel(zoom: Zoom, event: WheelEvent): void {
  if (!event.ctrlKey && !event.metaKey) return;
  event.preventDefault();
  const delta = event.deltaY * (event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 20 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 400 : 1);
  const factor = Math.min(STEP, Math.max(1 / STEP, Math.exp(-delta / 100)));
  zoom.zoomBy(factor, { x: event.clientX, y: event.clientY });
}

/**
 * Dragging pans, two pointers pinch, with Pointer Events (mouse, pen and touch alike). A press
 * becomes a drag past DRAG_PX, and only then captures the pointer: capturing at once would take
 * the click away from the node pressed. A drag swallows the click that ends it, so it selects
 * nothing; a click or tap without moving still selects.
 *
 * Touch: at 1× the CSS gives `touch-action: pan-y`, so one finger on the drawing still scrolls the
 * page (a phone-sized reader meets the drawing mid-scroll and must not be stopped there) while a
 * pinch reaches us; once zoomed, `touch-action: none`, so one finger pans the drawing, as in a map
 * the reader chose to zoom into. Reset (or 0) gives the finger back to the page.
 */
function onPointers(zoom: Zoom): void {
  const { svg } = zoom;
  const down = new Map<number, Point>();
  let start: Point = { x: 0, y: 0 };
  let dragging = false;
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    down.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (down.size === 1) [start, dragging] = [{ x: event.clientX, y: event.clientY }, false];
  });
  svg.addEventListener('pointermove', (event) => {
    const last = down.get(event.pointerId);
    if (!last) return;
    const now = { x: event.clientX, y: event.clientY };
    if (!dragging && down.size === 1 && Math.hypot(now.x - start.x, now.y - start.y) < DRAG_PX) return;
    if (!dragging) svg.setPointerCapture(event.pointerId);
    dragging = true;
    svg.classList.add('is-dragging');
    const other = [...down].find(([id]) => id !== event.pointerId)?.[1];
    if (other) zoom.follow(mid(last, other), mid(now, other), Math.hypot(now.x - other.x, now.y - other.y) / (Math.hypot(last.x - other.x, last.y - other.y) || 1));
    else zoom.follow(last, now);
    down.set(event.pointerId, now);
  });
  const up = (event: PointerEvent) => {
    down.delete(event.pointerId);
    if (!down.size) svg.classList.remove('is-dragging');
  };
  svg.addEventListener('pointerup', up);
  svg.addEventListener('pointercancel', up);
  svg.addEventListener('click', (event) => {
    if (dragging) event.stopPropagation();
    dragging = false;
  }, { capture: true });
}

const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * The buttons, and the scale in a status region that screen readers announce ("150%"). A button
 * that can do nothing is aria-disabled, not disabled: it keeps focus (Reset pressed at 1× would
 * otherwise drop focus to the page) and stays in the tab order, named and explained.
 */
function zoomControls(lang: Lang, zoom: Zoom): { element: HTMLElement; update: () => void } {
  const button = (name: string, text: string, action: () => void) =>
    h('button', { type: 'button', class: 'zoom-button', 'aria-label': name, onclick: action }, h('span', { 'aria-hidden': 'true' }, text));
  const out = button(t(lang, 'zoomOut'), '−', () => zoom.zoomBy(1 / STEP));
  const into = button(t(lang, 'zoomIn'), '+', () => zoom.zoomBy(STEP));
  const reset = h('button', { type: 'button', class: 'zoom-button', onclick: () => zoom.set({ k: MIN_SCALE, x: 0, y: 0 }) }, t(lang, 'zoomReset'));
  const level = h('span', { class: 'zoom-level', role: 'status' });
  const percent = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { style: 'percent', maximumFractionDigits: 0 });
  const update = () => {
    const { k } = zoom.view;
    level.replaceChildren(h('span', { class: 'visually-hidden' }, `${t(lang, 'zoomLevel')} `), percent.format(k));
    out.setAttribute('aria-disabled', String(k <= MIN_SCALE));
    reset.setAttribute('aria-disabled', String(k <= MIN_SCALE));
    into.setAttribute('aria-disabled', String(k >= MAX_SCALE));
  };
  update();
  return { element: h('div', { class: 'zoom-controls', role: 'group', 'aria-label': t(lang, 'zoom') }, out, level, into, reset), update };
}

/**
 * Makes an SVG drawing of `width` × `height` drawing units zoomable and pannable; `onView` runs
 * when the view changes (to set the labels' size and place them again). Returns the controls.
 */
export function zoomable(lang: Lang, svg: SVGSVGElement, width: number, height: number, onView: () => void): { zoom: Zoom; controls: HTMLElement } {
  const zoom = new Zoom(svg, width, height, () => {
    onView();
    controls.update(); // the view changes only on input, after the controls exist
  });
  const controls = zoomControls(lang, zoom);
  svg.addEventListener('keydown', (event) => onKey(zoom, event));
  svg.addEventListener('wheel', (event) => onWheel(zoom, event), { passive: false });
  onPointers(zoom);
  return { zoom, controls: controls.element };
}
