"use client";
/**
 * The chart of an indicator's year (Recharts): the year's values, the previous year's overlaid
 * (dashed line with square marks: told apart without colour), the target as a horizontal line
 * and the events as vertical lines at their date, each with its label. The visible table of
 * values next to it is the accessible alternative. The chart downloads as SVG (the rendered
 * <svg> with its computed styles inlined, a title and the legend added) and as PNG (that SVG
 * drawn on a canvas), both named after the indicator and the year.
 */
import { useRef, useState } from "react";
import { CartesianGrid, Label, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatIndicatorValue, formatTarget, type IndicatorUnit, type Periodicity, PERIODS_PER_YEAR } from "@/lib/indicators/domain";
import { formatNumber } from "@/lib/format";
import { useHydrated } from "@/components/ui/use-hydrated";
import styles from "./indicator-chart.module.css";

export interface IndicatorChartPoint {
  period: number;
  /** "janv." */
  label: string;
  /** "janvier 2022" */
  longLabel: string;
  value: number | null;
  previous: number | null;
}

export interface IndicatorChartProps {
  /** "Taux d'appels décrochés (services) — 2022": the title of the downloaded files */
  title: string;
  /** "taux-d-appels-decroches-services-2022": the downloaded files' name, without extension */
  fileName: string;
  year: number;
  unit: IndicatorUnit;
  precision: number;
  periodicity: Periodicity;
  points: IndicatorChartPoint[];
  /** false when the previous year has no value at all: no second line, no legend entry */
  hasPrevious: boolean;
  target: { value: number; direction: "AT_LEAST" | "AT_MOST" } | null;
  /** Events of the year: a calendar day ("2021-03-17") and a label */
  annotations: { on: string; label: string }[];
}

// DSFR colours with at least 3:1 contrast on white (non-text contrast, RGAA 3.3).
const COLORS = { current: "#000091", previous: "#666666", target: "#ce0500", annotation: "#3a3a3a", grid: "#dddddd" };
const PREVIOUS_DASH = "8 4";
const TARGET_DASH = "2 3";
const ANNOTATION_DASH = "4 2 1 2";
const HEIGHT = 360;
const FONT = "Marianne, Arial, sans-serif";

/** Where a day falls on the axis: period p spans [p − ½, p + ½] (a numeric axis, so an event sits at its date). */
function annotationPosition(periodicity: Periodicity, isoDay: string): number {
  const [, month = 1, day = 1] = isoDay.split("-").map(Number);
  const year = Number(isoDay.slice(0, 4));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthsElapsed = month - 1 + (day - 0.5) / daysInMonth;
  return 0.5 + monthsElapsed / (12 / PERIODS_PER_YEAR[periodicity]);
}

function SquareDot(props: { cx?: number; cy?: number; value?: number | null }) {
  const { cx, cy, value } = props;
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill="#ffffff" stroke={COLORS.previous} strokeWidth={2} />;
}

/* ---------- Download ---------- */

const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
];

/** Copies the computed styles of `source`'s tree onto its clone, so the file looks as the screen does. */
function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
  target.setAttribute("style", `${style};font-family:${FONT}`);
  const sourceChildren = Array.from(source.children);
  const targetChildren = Array.from(target.children);
  sourceChildren.forEach((child, i) => {
    const twin = targetChildren[i];
    if (twin) inlineStyles(child, twin);
  });
}

interface LegendItem {
  label: string;
  color: string;
  dash: string | null;
}

const SVG_NS = "http://www.w3.org/2000/svg";

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** A standalone SVG document: white background, title, legend, then the chart as rendered. */
function standaloneSvg(chart: SVGSVGElement, title: string, legend: readonly LegendItem[]): { markup: string; width: number; height: number } {
  const width = Math.round(chart.getBoundingClientRect().width);
  const chartHeight = Math.round(chart.getBoundingClientRect().height);
  const header = 60;
  const height = chartHeight + header;
  const root = svgElement("svg", { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  root.appendChild(svgElement("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  const heading = svgElement("text", { x: 16, y: 24, "font-family": FONT, "font-size": 16, "font-weight": 700, fill: "#161616" });
  heading.textContent = title;
  root.appendChild(heading);
  let x = 16;
  for (const item of legend) {
    root.appendChild(
      svgElement("line", { x1: x, y1: 46, x2: x + 28, y2: 46, stroke: item.color, "stroke-width": 2, ...(item.dash ? { "stroke-dasharray": item.dash } : {}) }),
    );
    const text = svgElement("text", { x: x + 34, y: 50, "font-family": FONT, "font-size": 13, fill: "#161616" });
    text.textContent = item.label;
    root.appendChild(text);
    x += 34 + item.label.length * 7 + 24;
  }
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  const body = svgElement("g", { transform: `translate(0 ${header})` });
  while (clone.firstChild) body.appendChild(clone.firstChild);
  root.appendChild(body);
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pngOf(svg: { markup: string; width: number; height: number }): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg.markup], { type: "image/svg+xml;charset=utf-8" }));
    const image = new Image();
    image.onload = () => {
      const scale = 2; // sharp on a slide or in a printed annex
      const canvas = document.createElement("canvas");
      canvas.width = svg.width * scale;
      canvas.height = svg.height * scale;
      const context = canvas.getContext("2d");
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error("no 2d context"));
        return;
      }
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("empty canvas"))), "image/png");
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("svg not drawable"));
    };
    image.src = url;
  });
}

/* ---------- Chart ---------- */

export function IndicatorChart(props: IndicatorChartProps) {
  const { title, fileName, year, unit, precision, periodicity, points, hasPrevious, target, annotations } = props;
  const hydrated = useHydrated();
  const container = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState("");
  const periods = PERIODS_PER_YEAR[periodicity];
  const data = points.map((p) => ({ x: p.period, current: p.value, previous: p.previous }));
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const axisDecimals = unit === "PERCENT" || unit === "RATIO" ? Math.min(precision, 1) : 0;
  const axisText = (v: number) => `${formatNumber(v, Number.isInteger(v) ? 0 : axisDecimals)}${unit === "PERCENT" ? "\u202f%" : ""}`;
  const valueText = (v: number) => formatIndicatorValue(v, unit, precision);
  const targetText = target ? `Objectif ${formatTarget(target, unit, precision)}` : "";

  const legend: LegendItem[] = [
    { label: String(year), color: COLORS.current, dash: null },
    ...(hasPrevious ? [{ label: `${year - 1} (année précédente)`, color: COLORS.previous, dash: PREVIOUS_DASH }] : []),
    ...(target ? [{ label: targetText, color: COLORS.target, dash: TARGET_DASH }] : []),
    ...(annotations.length ? [{ label: "Événement", color: COLORS.annotation, dash: ANNOTATION_DASH }] : []),
  ];
  const positioned = annotations.map((a, i) => ({ ...a, x: annotationPosition(periodicity, a.on), row: i % 3 }));
  const top = 12 + Math.min(annotations.length, 3) * 14;

  const chartSvg = () => container.current?.querySelector<SVGSVGElement>("svg.recharts-surface") ?? null;
  const download = async (format: "svg" | "png") => {
    const svg = chartSvg();
    if (!svg) return;
    const file = standaloneSvg(svg, title, legend);
    try {
      if (format === "svg") saveBlob(new Blob([file.markup], { type: "image/svg+xml;charset=utf-8" }), `${fileName}.svg`);
      else saveBlob(await pngOf(file), `${fileName}.png`);
      setMessage(`Graphique téléchargé : ${fileName}.${format}`);
    } catch {
      setMessage("Le graphique n’a pas pu être converti en image PNG : téléchargez-le en SVG.");
    }
  };

  return (
    <figure className={styles.figure}>
      <ul className={styles.legend} aria-label="Légende du graphique">
        {legend.map((item) => (
          <li key={item.label}>
            <svg width="32" height="12" aria-hidden="true" focusable="false">
              <line x1="2" y1="6" x2="30" y2="6" stroke={item.color} strokeWidth="2" strokeDasharray={item.dash ?? undefined} />
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
      <div ref={container} className={styles.chart}>
        <LineChart
          responsive
          style={{ width: "100%", height: HEIGHT }}
          data={data}
          margin={{ top, right: 24, bottom: 8, left: 8 }}
          title={title}
          desc="Les valeurs du graphique sont dans le tableau qui le suit."
          role="img"
          aria-label={`Graphique : ${title}`}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0.5, periods + 0.5]}
            ticks={Array.from({ length: periods }, (_, i) => i + 1)}
            tickFormatter={(x: number) => byPeriod.get(x)?.label ?? ""}
            allowDecimals={false}
            stroke="#3a3a3a"
          />
          <YAxis domain={[0, "auto"]} tickFormatter={axisText} width={64} stroke="#3a3a3a" />
          <Tooltip
            formatter={(value, name) => [typeof value === "number" ? valueText(value) : "—", name]}
            labelFormatter={(x) => byPeriod.get(Number(x))?.longLabel ?? ""}
          />
          {target && (
            <ReferenceLine y={target.value} stroke={COLORS.target} strokeDasharray={TARGET_DASH} strokeWidth={2} ifOverflow="extendDomain">
              <Label value={targetText} position="insideBottomRight" fill={COLORS.target} fontSize={12} />
            </ReferenceLine>
          )}
          {positioned.map((a) => (
            <ReferenceLine key={`${a.on}-${a.label}`} x={a.x} stroke={COLORS.annotation} strokeDasharray={ANNOTATION_DASH}>
              <Label
                content={({ viewBox }) => {
                  const box = viewBox as { x?: number; y?: number } | undefined;
                  const atRight = (a.x - 0.5) / periods > 0.6;
                  return (
                    <text
                      x={(box?.x ?? 0) + (atRight ? -4 : 4)}
                      y={(box?.y ?? 0) - top + 12 + a.row * 14}
                      textAnchor={atRight ? "end" : "start"}
                      fontSize={12}
                      fill={COLORS.annotation}
                    >
                      {a.label}
                    </text>
                  );
                }}
              />
            </ReferenceLine>
          ))}
          {hasPrevious && (
            <Line
              dataKey="previous"
              name={`${year - 1}`}
              stroke={COLORS.previous}
              strokeWidth={2}
              strokeDasharray={PREVIOUS_DASH}
              dot={SquareDot}
              activeDot={{ r: 5 }}
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="current"
            name={`${year}`}
            stroke={COLORS.current}
            strokeWidth={3}
            dot={{ r: 4, fill: COLORS.current, stroke: COLORS.current }}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <figcaption className="fr-sr-only">{title}</figcaption>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mt-1w">
        <li>
          <button type="button" className="fr-btn fr-btn--secondary fr-icon-download-line" disabled={!hydrated} onClick={() => void download("svg")}>
            Télécharger le graphique (SVG)
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary fr-icon-download-line" disabled={!hydrated} onClick={() => void download("png")}>
            Télécharger le graphique (PNG)
          </button>
        </li>
      </ul>
      <p className="fr-sr-only" role="status">
        {message}
      </p>
    </figure>
  );
}
