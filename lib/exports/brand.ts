/**
 * The artwork of the State's bloc-marque (charte graphique de l'État, as the DSFR draws it):
 * the Marianne emblem on the blue-white-red band, and the motto "Liberté Égalité Fraternité"
 * in its lettering. Documents print it top left, the prefecture's name between the two
 * ("PRÉFET / DE LA VIENNE": a prefecture's bloc-marque carries its own name where the
 * generic one says "RÉPUBLIQUE FRANÇAISE", as the seeds' letterheads show).
 *
 * Generated, do not edit by hand: the paths come from the DSFR's logo (the two data-URI SVGs
 * of @codegouvfr/react-dsfr/dsfr/component/logo/logo.css, DSFR 1.14), flattened (the motto's
 * <symbol>/<use> glyphs placed as translated paths, which react-pdf's <Svg> can draw) and with
 * arc flags spelled out ("a10.7 10.7 0 0 1 .3-2.2", not "0 01.3-2.2", which react-pdf misreads).
 * The PNGs (the DOCX's images) were rendered from the same paths with sharp (emblem 440×160,
 * motto 504×360, 64-colour palette).
 */

export interface ArtworkPath {
  d: string;
  fill: string;
  /** Translation of the path inside the artwork's box */
  x: number;
  y: number;
}

export interface Artwork {
  /** viewBox width and height */
  width: number;
  height: number;
  /** Drawn first: the flag band of the emblem */
  rects: { x: number; width: number; fill: string }[];
  paths: ArtworkPath[];
}

export const BLUE_FRANCE = "#000091";
export const RED_MARIANNE = "#e1000f";

/** The Marianne emblem: blue and red halves, the white profile over them (44 × 16). */
export const EMBLEM: Artwork = {
  width: 44,
  height: 16,
  rects: [
    { x: 0, width: 22, fill: BLUE_FRANCE },
    { x: 22, width: 22, fill: RED_MARIANNE },
  ],
  // The DSFR draws the profile 1 unit above the band (background-position 0 -0.0625rem).
  paths: [
    { fill: "#ffffff", x: 0, y: -1, d: "M 11.3 10.2 c -.9 .6 -1.7 1.3 -2.3 2.1 v -.1 c .4 -.5 .7 -1 1 -1.5 .4 -.2 .7 -.5 1 -.8 .5 -.5 1 -1 1.7 -1.3 .3 -.1 .5 -.1 .8 0 -.1 .1 -.2 .1 -.4 .2 H 13 v -.1 c -.3 .3 -.7 .5 -1 .9 -.1 .2 -.2 .6 -.7 .6 0 .1 .1 0 0 0 z m 1.6 4.6 c 0 -.1 -.1 0 -.2 0 l -.1 .1 -.1 .1 -.2 .2 s .1 .1 .2 0 l .1 -.1 c .1 0 .2 -.1 .2 -.2 .1 0 .1 0 .1 -.1 0 .1 0 0 0 0 z m -1.6 -4.3 c .1 0 .2 0 .2 -.1 s .1 -.1 .1 -.1 v -.1 c -.2 .1 -.3 .2 -.3 .3 z m 2.4 1.9 s 0 -.1 0 0 c .1 -.1 .2 -.1 .3 -.1 .7 -.1 1.4 -.3 2.1 -.6 -.8 -.5 -1.7 -.9 -2.6 -1 h .1 c -.1 -.1 -.3 -.1 -.5 -.2 h .1 c -.2 -.1 -.5 -.1 -.7 -.2 .1 0 .2 -.2 .2 -.3 h -.1 c -.4 .2 -.6 .5 -.8 .9 .2 .1 .5 0 .7 .1 h -.3 c -.1 0 -.2 .1 -.2 .2 h .1 c -.1 0 -.1 .1 -.2 .1 .1 .1 .2 0 .4 0 0 .1 .1 .1 .1 .1 -.1 0 -.2 .1 -.3 .3 -.1 .2 -.2 .2 -.3 .3 v .1 c -.3 .2 -.6 .5 -.9 .8 v .1 c -.1 .1 -.2 .1 -.2 .2 v .1 c .4 -.1 .6 -.4 1 -.5 l .6 -.3 c .2 0 .3 -.1 .5 -.1 v .1 h .2 c 0 .1 -.2 0 -.1 .1 s .3 .1 .4 0 c .2 -.2 .3 -.2 .4 -.2 z M 12.4 14 c -.4 .2 -.9 .2 -1.2 .4 0 0 0 .1 -.1 .1 0 0 -.1 0 -.1 .1 -.1 0 -.1 .1 -.2 .2 l -.1 .1 s 0 .1 .1 0 l .1 -.1 s -.1 .1 -.1 .2 V 15.3 l -.1 .1 s 0 .1 -.1 .1 l -.1 .1 .2 -.2 .1 -.1 h .2 s 0 -.1 .1 -.1 c .1 -.1 .2 -.2 .3 -.2 h .1 c .1 -.1 .3 -.1 .4 -.2 .1 -.1 .2 -.2 .3 -.2 .2 -.2 .5 -.3 .8 -.5 -.1 0 -.2 -.1 -.3 -.1 0 .1 -.2 0 -.3 0 z M 30 9.7 c -.1 .2 -.4 .2 -.6 .3 -.2 .2 0 .4 .1 .5 .1 .3 -.2 .5 -.4 .5 .1 .1 .2 .1 .2 .1 0 .2 .2 .2 .1 .4 s -.5 .3 -.3 .5 c .1 .2 .1 .5 0 .7 -.1 .2 -.3 .4 -.5 .5 -.2 .1 -.4 .1 -.6 0 -.1 0 -.1 -.1 -.2 -.1 -.5 -.1 -1 -.2 -1.5 -.2 -.1 0 -.3 .1 -.4 .1 -.1 .1 -.3 .2 -.4 .3 l -.1 .1 c -.1 .1 -.2 .2 -.2 .3 -.1 .2 -.2 .4 -.2 .6 -.2 .5 -.2 1 0 1.4 0 0 1 .3 1.7 .6 .2 .1 .5 .2 .7 .4 l 1.7 1 H 13.2 l 1.6 -1 c .6 -.4 1.3 -.7 2 -1 .5 -.2 1.1 -.5 1.5 -.9 .2 -.2 .3 -.4 .5 -.5 .3 -.4 .6 -.7 1 -1 l .3 -.3 s 0 -.1 .1 -.1 c -.2 .1 -.2 .2 -.4 .2 0 0 -.1 0 0 -.1 s .2 -.2 .3 -.2 v -.1 c -.4 0 -.7 .2 -1 .5 h -.2 c -.5 .2 -.8 .5 -1.2 .7 v -.1 c -.2 .1 -.4 .2 -.5 .2 -.2 0 -.5 .1 -.8 0 -.4 0 -.7 .1 -1.1 .2 -.2 .1 -.4 .1 -.6 .2 v .1 l -.2 .2 c -.2 .1 -.3 .2 -.5 .4 l -.5 .5 h -.1 l .1 -.1 .1 -.1 c 0 -.1 .1 -.1 .1 -.2 .2 -.1 .3 -.3 .5 -.4 0 0 -.1 0 0 0 0 0 0 -.1 .1 -.1 l -.1 .1 c -.1 .1 -.1 .2 -.2 .2 v -.1 -.1 l .2 -.2 c .1 -.1 .2 -.1 .3 -.2 h .1 c -.2 .1 -.3 .1 -.5 .2 H 14 h -.1 c 0 -.1 .1 -.1 .2 -.2 h .1 c 1 -.8 2.3 -.6 3.4 -1 .1 -.1 .2 -.1 .3 -.2 .1 -.1 .3 -.2 .5 -.3 .2 -.2 .4 -.4 .5 -.7 v -.1 c -.4 .4 -.8 .7 -1.3 1 -.6 .2 -1.3 .4 -2 .4 0 -.1 .1 -.1 .1 -.1 0 -.1 .1 -.1 .1 -.2 h .1 s 0 -.1 .1 -.1 h .1 c -.1 -.1 -.3 .1 -.4 0 .1 -.1 0 -.2 .1 -.2 h .1 s 0 -.1 .1 -.1 c .5 -.3 .9 -.5 1.3 -.7 -.1 0 -.1 .1 -.2 0 .1 0 0 -.1 .1 -.1 .3 -.1 .6 -.3 .9 -.4 -.1 0 -.2 .1 -.3 0 .1 0 .1 -.1 .2 -.1 v -.1 h 0 c 0 -.1 .1 0 .2 -.1 h -.1 c .1 -.1 .2 -.2 .4 -.2 0 -.1 -.1 0 -.1 -.1 h .1 -.5 c -.1 0 0 -.1 0 -.1 .1 -.2 .2 -.5 .3 -.7 h -.1 c -.3 .3 -.8 .5 -1.2 .6 h -.2 c -.2 .1 -.4 .1 -.5 0 -.1 -.1 -.2 -.2 -.3 -.2 -.2 -.1 -.5 -.3 -.8 -.4 -.7 -.2 -1.5 -.4 -2.3 -.3 .3 -.1 .7 -.2 1.1 -.3 .5 -.2 1 -.3 1.5 -.3 h -.3 c -.4 0 -.9 .1 -1.3 .2 -.3 .1 -.6 .2 -.9 .2 -.2 .1 -.3 .2 -.5 .2 v -.1 c .3 -.4 .7 -.7 1.1 -.8 .5 -.1 1.1 0 1.6 .1 .4 0 .8 .1 1.1 .2 .1 0 .2 .2 .3 .3 .2 .1 .4 0 .5 .1 v -.2 c .1 -.1 .3 0 .4 0 .2 -.2 -.2 -.4 -.3 -.6 v -.1 c .2 .2 .5 .4 .7 .6 .1 .1 .5 .2 .5 0 -.2 -.3 -.4 -.6 -.7 -.9 v -.2 c -.1 0 -.1 0 -.1 -.1 -.1 -.1 -.1 -.2 -.1 -.3 -.1 -.2 0 -.4 -.1 -.5 -.1 -.2 -.1 -.3 -.1 -.5 -.1 -.5 -.2 -1 -.3 -1.4 -.1 -.6 .3 -1 .6 -1.5 .2 -.4 .5 -.7 .8 -1 .1 -.4 .3 -.7 .6 -1 .3 -.3 .6 -.5 .9 -.6 .3 -.1 .5 -.2 .8 -.3 l 2.5 -.4 H 25 l 1.8 .3 c .1 0 .2 0 .2 .1 .1 .1 .3 .2 .4 .2 .2 .1 .4 .3 .6 .5 .1 .1 .2 .3 .1 .4 -.1 .1 -.1 .4 -.2 .4 -.2 .1 -.4 .1 -.6 .1 -.1 0 -.2 0 -.4 -.1 .5 .2 .9 .4 1.2 .8 0 .1 .2 .1 .3 .1 v .1 c -.1 .1 -.1 .1 -.1 .2 h .1 c .1 -.1 .1 -.4 .3 -.3 .2 .1 .2 .3 .1 .4 -.1 .1 -.2 .2 -.4 .3 v .2 c .1 .1 .1 .2 .2 .4 s .1 .5 .2 .7 c .1 .5 .2 .9 .2 1.4 0 .2 -.1 .5 0 .7 l .3 .6 c .1 .2 .2 .3 .3 .5 .2 .3 .6 .6 .4 1 z m -15.6 5.2 c -.1 0 -.1 .1 -.1 .1 s .1 0 .1 -.1 z m 5.8 -1.8 c -.1 .1 0 0 0 0 z m -6.7 -.2 c 0 .1 .1 0 .1 0 .2 -.1 .5 0 .6 -.2 -.1 -.1 -.2 0 -.2 -.1 -.1 0 -.2 0 -.2 .1 -.1 .1 -.3 .1 -.3 .2 z" },
    { fill: "#808080", x: 0, y: -1, d: "M 27.9 6.8 c .1 0 .3 0 .3 .1 -.1 .2 -.4 .3 -.6 .5 h -.1 c -.1 .1 -.1 .2 -.1 .2 h -.3 c .1 .1 .3 .2 .5 .2 l .1 .1 h .2 V 8 c -.1 .1 -.2 .1 -.4 .1 .2 .1 .5 .1 .7 0 .2 -.1 0 -.4 .1 -.5 -.1 0 0 -.1 -.1 -.1 .1 -.1 .1 -.2 .2 -.2 s .1 0 .2 -.1 c 0 -.1 -.1 -.1 -.1 -.2 .2 -.1 .3 -.3 .3 -.5 0 -.1 -.3 -.1 -.4 -.2 h -.5 c -.2 0 -.3 .1 -.5 .1 l -.6 .3 c .2 -.1 .4 -.1 .7 -.2 0 .3 .2 .3 .4 .3" },
  ],
};

/** The motto "Liberté / Égalité / Fraternité", black, in its lettering (126 × 90). */
export const MOTTO: Artwork = {
  width: 126,
  height: 90,
  rects: [],
  paths: [
    { fill: "#000000", x: 112.7, y: 72.5, d: "M 10.4 5.3 C 11.9 1.5 10.1 0 7.9 0 4.2 0 0 6.5 0 11.7 c 0 2.5 1.2 3.8 3 3.8 2.1 0 4.3 -2 6.2 -5.5 h -1 c -1.2 1.5 -2.6 2.6 -3.9 2.6 -1.3 0 -2 -.8 -2 -2.6 a 10.7 10.7 0 0 1 .3 -2.2 z m -4 -3.1 c 1.1 0 2 .8 1.5 2.6 L 3.1 6.1 c .8 -2.2 2.2 -4 3.4 -4 z" },
    { fill: "#000000", x: 112.7, y: 66.1, d: "M 7.9 4.7 L 12.4 .6 V 0 h -3 L 6.7 4.7 H 8 z" },
    { fill: "#000000", x: 102.2, y: 69, d: "M 1.7 5.7 h 2.6 L .1 17.1 a 1.3 1.3 0 0 0 1.2 2 c 3 0 6.4 -2.6 7.8 -6.2 h -.7 a 9.4 9.4 0 0 1 -5.1 3.5 L 7 5.7 H 11 l .5 -1.6 H 7.7 L 9 0 H 7.6 L 4.9 4.1 l -3.2 .4 v 1.2 z" },
    { fill: "#000000", x: 93.6, y: 66.1, d: "M 7.6 8 c .3 -1 -.4 -1.6 -1 -1.6 -2.2 0 -5 2.1 -6 5 h .7 A 5.6 5.6 0 0 1 4.4 9 L .1 20.3 a 1.1 1.1 0 0 0 1 1.6 c 2.2 0 4.7 -2 5.8 -5 H 6 A 5.6 5.6 0 0 1 3 19.5 z M 8 3.7 a 1.8 1.8 0 0 0 1.8 -1.8 A 1.8 1.8 0 0 0 8 0 a 1.8 1.8 0 0 0 -1.8 1.8 A 1.8 1.8 0 0 0 8 3.6" },
    { fill: "#000000", x: 77.2, y: 72.5, d: "M 3.3 3.1 c .7 0 1 1 0 3.4 l -3 6.8 c -.7 1.3 0 2.2 1.2 2.2 a 1.3 1.3 0 0 0 1.5 -1 l 3 -8 C 7.4 4.8 10 3 11 3 s .8 .6 .3 1.6 l -4.6 9 a 1.3 1.3 0 0 0 1.1 1.9 c 2.3 0 5 -2 6 -5 h -.6 A 5.6 5.6 0 0 1 10 13 l 4 -8 a 6.1 6.1 0 0 0 .8 -2.8 A 2 2 0 0 0 12.6 0 c -2 0 -3.6 2.2 -6 5 V 2.8 C 6.6 1.4 6.1 0 4.8 0 3.2 0 1.8 2.5 .7 4.9 h .7 c .7 -1.1 1.3 -1.8 2 -1.8" },
    { fill: "#000000", x: 65.7, y: 72.5, d: "M 11.8 3.5 c .5 -1.9 .2 -3.5 -1.2 -3.5 -1.8 0 -2.3 1.2 -4 5 V 2.8 C 6.5 1.3 6 0 4.6 0 3.1 0 1.7 2.5 .5 5 h .8 C 2 3.7 2.8 3 3.3 3 c .7 0 1 1 0 3.4 l -3 6.8 c -.7 1.3 0 2.1 1.2 2.1 a 1.3 1.3 0 0 0 1.5 -1 l 3 -8 a 50.3 50.3 0 0 1 2.6 -3 h 3.2 z" },
    { fill: "#000000", x: 54.3, y: 72.5, d: "M 10.4 5.3 C 11.9 1.5 10.1 0 7.9 0 4.2 0 0 6.5 0 11.7 c 0 2.5 1.2 3.8 3 3.8 2.1 0 4.3 -2 6.2 -5.5 h -1 c -1.2 1.5 -2.6 2.6 -3.9 2.6 -1.3 0 -2 -.8 -2 -2.6 a 10.7 10.7 0 0 1 .3 -2.2 z m -4 -3.1 c 1.1 0 2 .8 1.5 2.6 L 3.1 6.1 c .8 -2.2 2.2 -4 3.4 -4 z" },
    { fill: "#000000", x: 43.7, y: 69, d: "M 1.7 5.7 h 2.6 L .1 17.1 a 1.3 1.3 0 0 0 1.2 2 c 3 0 6.4 -2.6 7.8 -6.2 h -.7 a 9.4 9.4 0 0 1 -5.1 3.5 L 7 5.7 H 11 l .5 -1.6 H 7.7 L 9 0 H 7.6 L 4.9 4.1 l -3.2 .4 v 1.2 z" },
    { fill: "#000000", x: 28.9, y: 71.8, d: "M 10.5 13.1 c -.6 0 -1 -1 0 -3.4 L 14.6 .1 13.4 0 l -1.3 1.3 h -.3 C 6.1 1.3 0 8.6 0 14.2 a 2 2 0 0 0 2.1 2.1 c 1.7 0 3.3 -2.4 5.2 -5 l -.1 1 c -.3 2.6 .6 4 2 4 1.5 0 3 -2.4 4 -4.9 h -.7 c -.7 1.1 -1.5 1.8 -2 1.8 z M 7.9 9.8 c -1.3 1.6 -3.4 3.5 -4.3 3.5 -.5 0 -.9 -.5 -.9 -1.6 0 -3.5 4 -8.2 6 -8.2 a 4.2 4.2 0 0 1 1.4 .2 z" },
    { fill: "#000000", x: 19.6, y: 72.5, d: "M 11.8 3.5 c .5 -1.9 .2 -3.5 -1.2 -3.5 -1.8 0 -2.3 1.2 -4 5 V 2.8 C 6.5 1.3 6 0 4.6 0 3.1 0 1.7 2.5 .5 5 h .8 C 2 3.7 2.8 3 3.3 3 c .7 0 1 1 0 3.4 l -3 6.8 c -.7 1.3 0 2.1 1.2 2.1 a 1.3 1.3 0 0 0 1.5 -1 l 3 -8 a 50.3 50.3 0 0 1 2.6 -3 h 3.2 z" },
    { fill: "#000000", x: 0, y: 67.6, d: "M 11.2 19.8 l .3 -.9 c -3.8 -.7 -4.3 -.7 -2.7 -4.8 l 1.4 -3.9 h 3 c 1.9 0 1.9 .9 1.6 3 h 1 l 2.6 -6.9 h -1 c -1 1.6 -1.8 2.9 -3.8 2.9 h -3 l 2 -5.6 c .8 -2 1.1 -2.4 3.7 -2.4 h .7 c 2.6 0 3 .7 3 3.5 h 1 l .9 -4.7 H 7.3 L 7 .9 c 3 .6 3.3 .9 2 4.8 L 5.7 14 c -1.5 3.9 -2 4.2 -5.5 4.8 l -.3 .9 z" },
    { fill: "#000000", x: 77.3, y: 39.5, d: "M 10.4 5.3 C 11.9 1.5 10.1 0 7.9 0 4.2 0 0 6.5 0 11.7 c 0 2.5 1.2 3.8 3 3.8 2.1 0 4.3 -2 6.2 -5.5 h -1 c -1.2 1.5 -2.6 2.6 -3.9 2.6 -1.3 0 -2 -.8 -2 -2.6 a 10.7 10.7 0 0 1 .3 -2.2 z m -4 -3.1 c 1.1 0 2 .8 1.5 2.6 L 3.1 6.1 c .8 -2.2 2.2 -4 3.4 -4 z" },
    { fill: "#000000", x: 77.3, y: 33.1, d: "M 7.9 4.7 L 12.4 .6 V 0 h -3 L 6.7 4.7 H 8 z" },
    { fill: "#000000", x: 66.8, y: 36, d: "M 1.7 5.7 h 2.6 L .1 17.1 a 1.3 1.3 0 0 0 1.2 2 c 3 0 6.4 -2.6 7.8 -6.2 h -.7 a 9.4 9.4 0 0 1 -5.1 3.5 L 7 5.7 H 11 l .5 -1.6 H 7.7 L 9 0 H 7.6 L 4.9 4.1 l -3.2 .4 v 1.2 z" },
    { fill: "#000000", x: 58.2, y: 33, d: "M 7.6 8 c .3 -1 -.4 -1.6 -1 -1.6 -2.2 0 -5 2.1 -6 5 h .7 A 5.6 5.6 0 0 1 4.4 9 L .1 20.3 a 1.1 1.1 0 0 0 1 1.6 c 2.2 0 4.7 -2 5.8 -5 H 6 A 5.6 5.6 0 0 1 3 19.5 z M 8 3.7 a 1.8 1.8 0 0 0 1.8 -1.8 A 1.8 1.8 0 0 0 8 0 a 1.8 1.8 0 0 0 -1.8 1.8 A 1.8 1.8 0 0 0 8 3.6" },
    { fill: "#000000", x: 49.4, y: 33.1, d: "M 2.9 19.4 L 10.1 .3 9.8 0 l -5 .6 v .6 l 1 .7 c .9 .7 .6 1.3 -.2 3.4 L .2 19.9 a 1.3 1.3 0 0 0 1.1 2 c 2.3 0 4.7 -2.1 5.8 -5 h -.7 a 6.5 6.5 0 0 1 -3.5 2.5" },
    { fill: "#000000", x: 34.9, y: 38.8, d: "M 10.5 13.1 c -.6 0 -1 -1 0 -3.4 L 14.6 .1 13.4 0 l -1.3 1.3 h -.3 C 6.1 1.3 0 8.6 0 14.2 a 2 2 0 0 0 2.1 2.1 c 1.7 0 3.3 -2.4 5.2 -5 l -.1 1 c -.3 2.6 .6 4 2 4 1.5 0 3 -2.4 4 -4.9 h -.7 c -.7 1.1 -1.5 1.8 -2 1.8 z M 7.9 9.8 c -1.3 1.6 -3.4 3.5 -4.3 3.5 -.5 0 -.9 -.5 -.9 -1.6 0 -3.5 4 -8.2 6 -8.2 a 4.2 4.2 0 0 1 1.4 .2 z" },
    { fill: "#000000", x: 18.6, y: 39.4, d: "M 18 .6 h -4.3 a 3.8 3.8 0 0 0 -2.1 -.6 A 6.6 6.6 0 0 0 5 6.5 a 3.3 3.3 0 0 0 3 3.6 c -1.9 .8 -3 1.8 -3 2.9 a 1.7 1.7 0 0 0 .9 1.5 c -4.3 1.3 -6 2.8 -6 4.7 0 2 2.6 2.8 5.6 2.8 5.3 0 9.6 -2.7 9.6 -5.1 0 -1.8 -1.6 -2.5 -4.3 -3.3 -2.2 -.7 -3.2 -.8 -3.2 -1.6 A 2.4 2.4 0 0 1 9 10.2 a 6.6 6.6 0 0 0 6.1 -6.5 4.5 4.5 0 0 0 -.2 -1.5 h 2.5 z M 9.8 16.2 c 2.1 .7 3 1 3 1.6 0 1.4 -2 2.5 -5.6 2.5 -2.7 0 -4 -.6 -4 -2 0 -1.5 1.4 -2.5 3.5 -3.3 a 21.5 21.5 0 0 0 3 1.2 z M 9 9 c -1 0 -1.3 -.8 -1.3 -1.7 0 -2.8 1.4 -6.2 3.5 -6.2 1 0 1.3 .8 1.3 1.6 0 2.9 -1.4 6.3 -3.5 6.3 z" },
    { fill: "#000000", x: 0, y: 29.3, d: "M 14.3 15.6 c 1.9 0 2 .8 1.6 2.8 H 17 l 2.5 -6.8 h -1 c -1 1.6 -1.7 2.9 -3.8 2.9 h -4.1 l 2 -5.6 c .7 -2 1 -2.4 3.7 -2.4 H 18 c 2.6 0 3 .7 3 3.5 h 1 l .9 -4.7 H 7.3 l -.3 .9 c 3 .6 3.3 .9 2 4.8 l -3.2 8.4 c -1.5 3.9 -2 4.2 -5.6 4.8 l -.2 1 h 17.4 l 3.2 -5 h -1.2 c -2 2 -4 3.8 -8 3.8 -4.7 0 -4.3 -.3 -2.7 -4.6 l 1.4 -3.8 h 4.2 z m 2.3 -11.8 L 21 .6 V 0 h -3 l -2.6 3.9 h 1.2 v -.1 z" },
    { fill: "#000000", x: 76.8, y: 6.5, d: "M 10.4 5.3 C 11.9 1.5 10.1 0 7.9 0 4.2 0 0 6.5 0 11.7 c 0 2.5 1.2 3.8 3 3.8 2.1 0 4.3 -2 6.2 -5.5 h -1 c -1.2 1.5 -2.6 2.6 -3.9 2.6 -1.3 0 -2 -.8 -2 -2.6 a 10.7 10.7 0 0 1 .3 -2.2 z m -4 -3.1 c 1.1 0 2 .8 1.5 2.6 L 3.1 6.1 c .8 -2.2 2.2 -4 3.4 -4 z" },
    { fill: "#000000", x: 76.8, y: 0.1, d: "M 7.9 4.7 L 12.4 .6 V 0 h -3 L 6.7 4.7 H 8 z" },
    { fill: "#000000", x: 66.2, y: 2.9, d: "M 1.7 5.7 h 2.6 L .1 17.1 a 1.3 1.3 0 0 0 1.2 2 c 3 0 6.4 -2.6 7.8 -6.2 h -.7 a 9.4 9.4 0 0 1 -5.1 3.5 L 7 5.7 H 11 l .5 -1.6 H 7.7 L 9 0 H 7.6 L 4.9 4.1 l -3.2 .4 v 1.2 z" },
    { fill: "#000000", x: 54.8, y: 6.5, d: "M 11.8 3.5 c .5 -1.9 .2 -3.5 -1.2 -3.5 -1.8 0 -2.3 1.2 -4 5 V 2.8 C 6.5 1.3 6 0 4.6 0 3.1 0 1.7 2.5 .5 5 h .8 C 2 3.7 2.8 3 3.3 3 c .7 0 1 1 0 3.4 l -3 6.8 c -.7 1.3 0 2.1 1.2 2.1 a 1.3 1.3 0 0 0 1.5 -1 l 3 -8 a 50.3 50.3 0 0 1 2.6 -3 h 3.2 z" },
    { fill: "#000000", x: 43.4, y: 6.4, d: "M 10.4 5.3 C 11.9 1.5 10.1 0 7.9 0 4.2 0 0 6.5 0 11.7 c 0 2.5 1.2 3.8 3 3.8 2.1 0 4.3 -2 6.2 -5.5 h -1 c -1.2 1.5 -2.6 2.6 -3.9 2.6 -1.3 0 -2 -.8 -2 -2.6 a 10.7 10.7 0 0 1 .3 -2.2 z m -4 -3.1 c 1.1 0 2 .8 1.5 2.6 L 3.1 6.1 c .8 -2.2 2.2 -4 3.4 -4 z" },
    { fill: "#000000", x: 29.4, y: 0.1, d: "M 11.4 6.4 c -2 0 -4 2.2 -5.8 4.8 L 9.6 .3 9.4 0 l -5 .6 V 1 l 1 .8 c .9 .7 .6 1.3 -.2 3.4 L .8 16.8 A 13.9 13.9 0 0 0 0 19 c 0 1.4 1.8 2.7 3.5 2.7 3.8 0 10 -6.9 10 -12.2 0 -2.3 -.5 -3.2 -2.1 -3.2 z M 4.8 19.5 c -.8 0 -1.9 -.7 -1.9 -1.3 a 15.5 15.5 0 0 1 .8 -2.2 L 5 12.7 C 6.3 11 8.4 9.3 9.6 9.3 c .7 0 1.2 .4 1.2 1.5 0 3.1 -2.9 8.7 -6 8.7 z" },
    { fill: "#000000", x: 20.6, y: 0, d: "M 7.6 8 c .3 -1 -.4 -1.6 -1 -1.6 -2.2 0 -5 2.1 -6 5 h .7 A 5.6 5.6 0 0 1 4.4 9 L .1 20.3 a 1.1 1.1 0 0 0 1 1.6 c 2.2 0 4.7 -2 5.8 -5 H 6 A 5.6 5.6 0 0 1 3 19.5 z M 8 3.7 a 1.8 1.8 0 0 0 1.8 -1.8 A 1.8 1.8 0 0 0 8 0 a 1.8 1.8 0 0 0 -1.8 1.8 A 1.8 1.8 0 0 0 8 3.6" },
    { fill: "#000000", x: 0, y: 1.4, d: "M 17.6 0 H 7.3 L 7 .9 c 3 .6 3.3 .9 2 4.8 l -3.2 8.5 c -1.5 3.9 -2 4.2 -5.5 4.8 L 0 20 h 15.7 l 3.5 -6 H 18 c -2 2 -4.2 4.8 -7.7 4.8 -2.7 0 -3 -.5 -1.6 -4.5 l 3.1 -8.5 c 1.4 -3.9 2 -4.2 5.5 -4.8 z" },
  ],
};

export const EMBLEM_PNG: Buffer = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAbgAAACgCAMAAABJ5onDAAADAFBMVEXhAA8BAZEbG50wMKaAgMgDA5L//v8AAJH///+AgIAFBZT9" +
  "/f4HB5TJyeg7O6v6+v1ISLAODpdDQ6739/wtLaXR0eve3vHv7/jz8/oZGZwVFZo3N6mjo9fhARAyMqfi4vK3t+Crq9tmZr0JCZXN" +
  "zek9Pax1dcNFRa8hIZ/iBhX29vsREZmOjs7o6PW1td/x8fl8fMaEhMq+vuMeHp7AwOTV1e3s7PdSUrTb2+8UFJqMjM0lJaHZ2e+T" +
  "k9DHx+cLC5ZBQa360tXnMDz8/P2oqNlNTbNVVbbAwMCZmdP5+fwjI6EpKaOamtPp6facnNTr6/bKyul4eMXDw+XoPEfmKjfykJdT" +
  "U7VPT7T+9/f97O1ubsDl5fSJicyHh4deXrqKis34+PyQkNDIyOezs96BgckgIJ8TE5lvb8HExOb8/P6goNZdXbnk5PNoaL7f3/Fb" +
  "W7mXl9Lxh47kGCXsXmf4wMT1qK3jEyHvcnrFxebjDhzNzc34+Pj85efw8Pmtra1xccK4uOC6uuFaWriUlNE0NKi5ueEnJ6K8vOKG" +
  "hsukpNiurtz2sLU/P6zmKDXlHSr86erwfobqS1bzl53iBBPlHyziCRf0oqcrK6TxipH//Pz+9PX73N7pQEv74ePvd3/++fn2tLif" +
  "n5/g4PJgYLqpqdqwsN15ecaFhcqHh8tqar93d8QMDJZ9fcfT0+yxsd3veYE2NqiEhIT4xMjpQ07sXGbwgIf2r7TzmqDrUFv5zM/m" +
  "LTntZG3lIzD2srf3ur773uDxg4ry8vL97/D//f35yMuampqVldH09PqentWjo6Pr6+tlZb3m5vRLS7FiYrwNDZelpdhpab7sYWr0" +
  "nqT98fLoN0PznaPsYGnhAxL5ztHtanPnNkLU1NT0par3t7vk5OTIyMjo6OiQkJDg4OCKiorzlJqOjo5zc8NwcMHt7fdXV7f50NP6" +
  "2NrrV2H1qa7pRVD61dfh4eHtZm+zs7POzs7tZ3CXl5epqant7e2np6fpR1K7u7vyjpXd3d3wfITm5uatj/2oAAAACXBIWXMAAG66" +
  "AABuugHW3rEXAAAMKUlEQVR42u2dd0AUVx7Hl7I7T5DepAbpSO+iEpETJCoELKiggKKCIIpiwdh7i3oxGlssQeyixlxiNBfPaGKL" +
  "Rk01yV3a5WKS6zVXvMvtzrbZ3Vnc3Zn3Zpb5ff+QnZl9+8f7+Oa992tPRnUv5UZHJC5rVyCbtPuAzH7UnagF1Uchbtq6HcCRlsuY" +
  "Qx6Is/Z+MhvAkZTTxBLEkzZuBnCE1PNgGeJRl58BcERU1I741ZW/ADj8ClyOeJdiPoDDrfwkhEOnARxeHfRAePQagMOpeldM3ND7" +
  "8wAcPsUgfHoVwGFTtQIjuJcAHC5Fe2Dk9hnMcbiU0I4kPODsGNxdnNzGxQM4TFqFc4JDO2Efh0vhOHiNXbR71+VFZx8WgOUEl3bg" +
  "GWmL/rcA3DpYNRnb7LYvHsBhVBa++W3P8wAOm07iXJlcuRQK4PDoMMKrV+IBHA4tRbh14D6A418rXLGDQ78BcLwr1gMR0N9nb5fF" +
  "bwNw/CkjGxGS7HU0Nx7A8SQXN1LcHhYo/5kP4HhSGiluaMEBVWwzgONHQ2sRUT0D4PhRMlFsin2wOOFHFUS5jW2FVSVPXu8kktw+" +
  "2wT7OJ7USHTAwQact623AsDZI7iefcmuKN8FcPzImSw3tGU7gONlC+dDGBxqBXB8qDdpbuhNAMfHgJtGHBy6AODsb4ZTaRaA464o" +
  "AcC9CeA4S+4hALix8QCOqxyREPoAwNknOPAOcDebCAJuEIDjrMcEITcbwHHVYEHAgQecs+oFAfdTAMdVqwQB9wqA4xyX10cIcHsB" +
  "HGdlCjLk5gE4rjoqCLh/AziuyhEE3HwAx1UZZEgt/HzIWxN6qHTjv8q0oNEAjrNKCGD79Qs9GPr6P+gAgKNEWSHDENsP//rinxMY" +
  "5CaI1uhFQaUF/Uvyy5uqPzcY4F4Q7X7AnsAVkpnk3vjhax24p9A4AMdZgeTWkh5vPEUPOFe0H8Bx1xMEtwG/VHJbslB5bguA465s" +
  "gtxeVIL7UvnhFwCOuwaQwrbwr/QM9w/lxzkAjrtKCXH781fqvcAXys/PATjuCiPDjV6X9Hjxc/piK4DjQcsIYPubbidA60MAx4PG" +
  "EwD3jQbcEHGHC9kXuFTsb0m9vestza3nARx3NeM3m2hdA0prl1pzABx3DSWyOBlCg/sKiXrI2Rc4ilTciRLcN0jUQ46Cir7G+snC" +
  "H5foFydiHXJ2Bq6aALibQ5bcWDLkpv7GHADHXQEQzmyn1fOEALdnO4CzS3DoZQBnpLiI4XV1wyPixGU8Mc1M/TmAY8pzhLpfkg5a" +
  "3sahVAhyrwM4vdxVRXpdv0Vu1T2taSYPF4LcawBOo6D1qopqfXKsaNLPgf6T0FeIl2UBgKOVQ0e3tq/SXk8Nznnn7aIx3k5e5tt0" +
  "rFcPzR1C5O3sWQDglAndw+nOWJ2rvsxIYwQlZJetPx4bxNZqYNukQPpDpRAvyz8AOCpDXWymn5y+8spjKWFSW9I3vaXS3cWgXUJU" +
  "VTC9QFkO05wQ3Jxu0aGLEeqrFV2V6+2T/qA/M7KyxGem6q+jEAYUcVVBFIBbbIqqG3w81WvEFoPOcc0KOdLSuKFtgH+ALoiyLFff" +
  "tgYpHtC0hRhyr0ob3EyaiIea2x1GOfrpG8q9Y50zTatStqlfmLERnoGnlJfJ7nIqWPKJ/MS5fauuq3yPvojUnrcybUTMGsp33Qz2" +
  "His2Mnb1muGKpJ7jSJpbjGYQqd+Th1TT2GNteU25jk3X/c132YCV6457IqE1SsLgtEctjqGvJiLkF0tRJ3KKByDx6z0Jryq1R5tG" +
  "qW0gAZkz5Y45R5PXro1qTxE5to9bQ6ULTpuZ6OPE8tDLqcI5uUSc1H47X3TuAZLcjmi6IeW2+npY+C3TvXnF+DJXsXETY/4AOWwO" +
  "ieoVYWeNo/rGMR9Uw/rNhIpif1GB+1TK4FxC6ME207F/uI5j2wmzX19Ves1sP7ouJbyN+6OEwU2lzYttcVR0ijulPXmxszzYvCsu" +
  "KNGME6DEk1pPFtzZUMmCO9Ou2mVPVlqV/ZLVzm/N+Ua1jx/1NdfI8TrLbOeRl0sFPoEkX8aejBcnVdXT7e76O7kMy3LUMUdzDX1X" +
  "G/XgtN79BTmCYLYkwd2mXdYdTBdpiGG/uJl1hE9hFoatmpxBT5dJxMFJMlhoDP2Ge2Dg2DF+B2a3XX/gzjrfOdRozV798uUaMzV5" +
  "9/d9CYIbqJresr0N7rE7QmsbUtl25oWD68Yb3J9EmtvukVKc41QjJssocNK3+bjz+BY/lj5qT3R61A96E8Z2ee4mKW4HfJVxCekJ" +
  "JrejzW+xO5d6UWI6Ium9zVJM+nBoQCjExfR+l6aRXlfXPGLQpQdIvbwvbnBvI5TnwDIO/bruKtfeXb0xDyvgNDLcYa/ZKI3tfv5B" +
  "pzsjuuwsxaFh5n50KelY5l3bJAeuEZWbexT9qIBkj7wEsSTsjJIauEJ00tyj/hZ4Tr+rdLH+LQtuHe7KTVpHcavTm+Vp+p8hfTph" +
  "bufuSw1cx1WOtegXt4QZ+8lTswlju/KJTGrbgaZDcrPBzJbEKDRURxo7h9IWE39PnpNJDdywtZHmHkU8Mt9GMen4UONWYcN7ITgW" +
  "CTu4yGVBlI2J3D7plY7iOE9apEtKrOCKg82anRu7gpbp/DS7W/yI0aJEUS7lI+Qw2kzMPdhhrjxQydrEg2HmYhmCjX2qrs2EIk9+" +
  "JZPJoOqC0s7Ivr5oHBbZRaOwOpPt+Qqqgwy4iwBOpWpdFuNiN+czXuqPmdHyrtrEdZgYJ0uiqeBpMOLIqVnr+858Wh1Dmaf8PLFL" +
  "bF7ja006028KFZmFYI4jpkqFATZVYENHhzoDJPlaoidLC3kzy5Zv/QnKYTCsKoknWemx6bSmt2rkmbbw7DTtyZSZGse6Rk+uvO2I" +
  "73z3jTIAR5dUzk5j8deE+K2M+Z5l78bm+mmIMzjZyufwQIr6fgYubuM2AzjVvnvaRNa4BG92xxtLR6YcU06IwWt115NU/w1iFNNt" +
  "j5HdMvf3s5+dt23TS+++/NzH+40ejh0pkzy4gcriJlFhlFXHDPiXGXXkBuWwHHpKf02HRXh/d7fF5giujwz649kLP9t5cYt+vI2E" +
  "46QpN5RSKbeqxao4g1elwq1cFYvSzEjv11SJst0cNoh16XFhkGZ+2ywDcFRW6lRrI8QYPRyw4R49ByboquetjuZuxtwab6ZfCmZt" +
  "3DirQCYDcLZI6+tOSo4J04zVd7ThXeFndF9zKUbdp4BodwA3IqCkc3Vpfb62QI1LfqI2yb+qQv+1wDZbue2UATjcCvI8eUpn5FRc" +
  "ZSxNfats5TY3FMBhlGP+vbzlBh4d/3zGY3fbQ2O3yQAcFk2NLQ8pMwkG8+jHTECOvWZ7nqkMwPGvjIjebMaQ8Ohkg+h09z7dpKZa" +
  "9wDntI41djKp1Hj77sshheB3oQDOFt1pmnSrLmS6s4mBUr5CW5kNzQiJ8ewf1HNKUUREk3ucqaM1sIqDEfK0DMBZK3lw+TKN+cO/" +
  "0OhZkWbFP6OxesojfsaljYv1uADAWaf+9XW6BUdKqtEwGpquxrnSEptmMSez/wIAZ41iGxjrw5XGAXxNKXQVBosO/kjg5kkdJANw" +
  "Vsid0XWP+5p6D1SycK/Qyc3PdhrAWWPEYvRcsYuJ9yDKTRlJ5GxZuK0bRwdpAYCz3CHH6OzBU8wkdlvGTb6Bq2M7FMBZrOH6fqvR" +
  "+NECiwy5DfC07Kcmco1ImCMDcJbKuV0XXFehQxVgENlwd6BFv+RQwzmU5EMAZ3kIswacPi/fGfkzrVzKNP+jlvxQzxDuMUA7AZx1" +
  "hy0y5zYlt2jG/q59nWU/ExfFQ/DWJQBnFbgaByY35kKk6EkLlyX1vCTJPQRw1oBzN3h15huEl1jGbQdPhbzmAjiewkss4haUyFeJ" +
  "0UEAzuK1SZcrTku4JRzhL5V41zwAx8dOwQJugWm81u/6CMARUViIB785AecBHH65FDXwn82xZ/RIiPLCG5mXWoXwaK8dsxM9tmGl" +
  "PjizFhc9/BTA4fDfncJ/0M6eS5sAHK9yKGxDZHS2dTuA42/jV0awfND750YCOH5ekumkSz+db70P4DiHgpGu3kvrT62hAI6LItNq" +
  "BSq4dv4DAGe7CgU89m/XPgBnowI7kKC6OArA2SB5hODHE+8fvQDAWSsnNyQCLRL/IuX/4sfSirFBNl0AAAAASUVORK5CYII=",
  "base64",
);

export const MOTTO_PNG: Buffer = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAfgAAAFoCAMAAACMkBkOAAADAFBMVEVMaXEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" +
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB+bGezAAAA/3RSTlMAAvz9" +
  "ZgH+mcwzA/v3BAf47gb5CAwF9gn68w4L8usbCkT1iBjV9F7B5RYS5uLvFyCAERPqDw3dS8jwFBqGdxBVpeQu6bXj7R2z8Yx9W07h" +
  "qtkVuCss57sfNyE2O73JbifXXezYHlZcMqDWyj2CUM6BkdEm3oSwtsCymE3oQCnT3LyJTy2NPt/Gr5Ukl3g1g2zE4EK0sVNDSCMl" +
  "ckfaaW9ojkqcOpBwhUxri63Lwjh/dtLDqKNSk188xaZnnyjNVDRhZdSKMMccY9tJYnt0eY8/OaLQrKm5Ki8Zdc9ZpG2nRSK+V0Yx" +
  "YL9aapaUemSbq1GanX6hnre6rkFzfJKHWHHo/5fHAAAACXBIWXMAACxLAAAsSwGlPZapAAAgAElEQVR42u1dd3wUxRffS3Ipl15I" +
  "QoAkJCSU0ELovffeO0hv0qWj9Cq9V1GUjlIUsCAoHRVQUMCGWFCx9/7b393t3s6b2Zmd3UuAbLLvwx/h9u3szrydmVe+740g3Fdy" +
  "pLefGt/o41s8vrjpm15bOlwwMV0JQPSGkN/pk3dEiR6pRGeoPvjhrZf27G3gZmpr4p46xoiIAvO73Jt0UsaiVzR+aXDLbyZPKJYm" +
  "QvrexF19AnbkTH4X/EQwGM3xS4GimqaYt6e1i4B+rHgln8v9TyjV2JLYtRfUcs8qYN6uXgL9KNbEfO//n59OWq+nNVy46fhFv3hS" +
  "8E+bV+6LolA3elU33/sn+oo6qZue5jpjt+wmrg6fSrQZZF7BN0S9aJpkwvd/Rq/cH9XV3HLsnoXk5S5jsOvFzCv3ZNSLw6bcr47p" +
  "FXxNXc1dw+4ZodaIhsHrtUwr99BHlU6MtpmyB1N23C6sQ+wNfp+tq7lvsbtmqRk2gK3R96xpBd/b0wf/WiZ2RFxJ6ash82arHt+U" +
  "qretSg2gzk7b++6g651NO2SZ/eQu+JwzuRm2fSJd6m2/CXIYauhTf3TzEzSGD5lK/wMme7rLdqmii/eu3IOiVQSzk625Wur+1+ba" +
  "jS+CPp7bf6Veb6o0XzAmV43Aawy1hELTZbs0okcecL3YD5Jy33zFu8Vjn3vSF32c/tEgl+7buar/Ncq4X+pzPbztpQ5k1M8TTrcP" +
  "CLn/Xsnblpq0+mnBxhv0a7PRA5JzVfcfkVyvepa4KdL79x2QJ+QuTMfl3jPsnjylhfKARrnKDDoivdQlHayRbd2sw9rlDbkLiZjc" +
  "V5S6N08Zqjzh39zU+dTG0kvN1cH7pptzRqU8InfhlfsRNtuPntAxN3V+j/RORUL5rCWruTjrFsgrchcuQLnvuUcPWaw8YW9u1G++" +
  "08H7o4vxH1uekbvwHAyo3iOfWnSE8ojeuajr1T1upyd1MJ8OCgqqL+QhWgUE//U9esanyhOCy+airrfxeBaihfxHjjJI7j4b7tFD" +
  "flMeMSkXdb2V56UO5UO5C4PBhG9zrwwHxasnvpp7el5B8Sl9mh8FD7f4/ffoGW8pT6gWl3t6rkQPwhPyo+DPILm/fq+egYKAi3NP" +
  "x6soL7UqP8q9LIBgbfS2kUJBay62YodeeqBHkNGNKjuv63GWpl55Pv3C6RxFuFVspLzUufwoeAASD071qoVPfj7j3sIjBrI4nlIe" +
  "cR5IudTJQ48VdIU8RnF06us7PLCXvjUZyM9FdyuH1+uZTnqbty8+XiI4awF1B/sJ4UJ09dsxt/m+8yHV+u5bPDAuLwi+PRL8I97c" +
  "v6ShEoj3WclYDxDU52c0h78uqvx6oLbGA/Y3hA6m4MmU/dj2sxwuHYahnUtO8rzYGvU9axF+oLiObpYaBdD0zXZUNL3cMwEi6mHj" +
  "t38+CUrlIJ0pHQX6P5F/Ct1aDd7YnvmAklfJoPFjqklfoK5ysT9wpJ+dp/xcFN1ToEZQnVoBnSv7MJFHh9VvEbeUgKmVNn1A/ivU" +
  "mcaRRm8usBQfPh+6HxuBrvbJv2x4nxjsaYwnDCyiFkwjwgUUNgFc/FH5uRJ8xmjXLx1GvH2wNB9VXke96KgRarFrTS54AH59wei9" +
  "Y4eRw1GIqgOgRfU16Zd1EeSNdAdC6F2qZH7DuV6G1+KVLIDv4c9TXb/46UIVh5PRN/so2urQ2NxB+Q6gK90N3jsrjRyMelS+Ecr1" +
  "EGlrvKkeyCK02EftdxmySYZc/8OvjVcZa25K1S34psRbRNel85nb27cbAK4MwuwGqfKixAAan20FMVbjacPYgWJovs6SzVVoKgaL" +
  "tFyNhEb4zz10C/5bwpAMZPD5LzKx3EMzUEcMZvj3pmyWQZzUEzc0dSl1GNUwgHZMuYuxSBtJaktebEf9uqbpFTxh25UsxuT8xsSC" +
  "3wk+4G6G7txIGQl6jQC0Uk4NxdcYSLvI2yrISVcNbq5ft2M58ZWdVtieVrXkrsjRriBld5iu5IHWQhfGECmi/+Ffn+xB8G36d/8Q" +
  "oskJJhY8sJUmGrpxE03f8aM6yGKV65fUO7JCo4jbwuRkvNGSvtgBz8173sN2xZf+Cc0hf63P8lp9pdXNmJES0+r3XJv9zqq4SWde" +
  "uVcIF71zW77XTNbJZiIbXSxcieMZdCKYW7HM55nEbUMkDXuQomLdhtxHPPrDXnquX2os+SuOJJyPLFAteIBNQuAGe1zZtm2wyYKC" +
  "+RPBnAp3bQP31X5MypTqnST8w1HthKow7baHvFz6vr7n8EhMMP8IlJChz/Poly5RFMFfpHxCrtfYQf7YD3fwIgPzXa1+pkhyb4Us" +
  "O+gy8DGv4I97aZy4p6P/Xee3EtaPo9q9h67fFGpIAfBO5bu4l+lGTOjPcB/1KvSiWhVMcKfdv/h5zKuFMcHHRGib/kC/PCnwYEO+" +
  "gwQ6eCHCtHLvKBIKt2AAndlgk+vPV3mq3Sk0QWpEulOzi47yhPE+D2YkY9eWLMDJWEu71OaDC6sf/qWABfxdgt/qkpdfEKDrmEdm" +
  "nMIcpQEm7yJBk57FfgRmkHkLd23zriZNgf6udbuc++8JHNUutBNYVN3lUu50QVcXoLvfhHd9LOnbcSwwsI+UjVvbKRlfKcBwHQo+" +
  "1OWk/4jdgWmIeQGby7HPzXHbwaqHMcmscgdCMVSTZpmTf2SmQECq6KrdFPSIli4oc9RN6KLbgq5ehA56aWu9zjQ9+0q/jEIQgkwo" +
  "+P845RxQQFYLc/WN5JklMsJWG60YkQtplnc1aSJLO4NgFQRBvcIKzHwF14fRwRmPa3CU5dsB+OaKGdRvsSWpEFRwmhZPefxr8EWc" +
  "vrZfNdyQcSgwWLQQk2uDpIduIX6e4N3umKsILLRDDdz2hSiW6SNvlm05n047pIofdlriI4nARld0e6JAFNDqVJHtXf7B/UNNUSzh" +
  "Cc6fBoJf6fS3ayXGgC/oRTaXJOFAskgAUA9iTCr3CsA+esvAffPRAnkUtfC+wKmwVNz5L4G52U5FPwZJ28dWgjcJFe0p6t5VqhcG" +
  "kN2HgOB/E3sVEvRBT6bwUmzIkruZyBDsadYJD3xo/uX031YJ1O39iaPaCe8AH7jYNI6Ja4fuz57ShMeYO9TqDBymH3tWgIY0PXW+" +
  "f2VNbF4NpJeUYSYGJ5WgCNc+e+MdXo9NQEAot71rAUCqCibwIPvi6gIaXj3ksf1M+uF/yg9NLn6chQfMN6mfBEMphTvqhZM/xWR6" +
  "XJVDW7JOQGn4FlEVTCr3z0V9Xgzt3d5DkwVeucue0Vr2pIIFsAfCDykpOSXQHw/MNU2n4N0GwPDaTu23PqCjQkNtyQM03zP/1805" +
  "QOAHfrpl1gk/Ggyml9DB4hzVLqwxYhgWo1UksoSihK9Rslcd+1vsI0L+jYe0ogNct4q6MeJgFWrAVAFroiJNtqDHe4YTeJMXVjrM" +
  "KnYhEiyfdb1rops/J/V5IHpERiLluj1LnWYhu/YHvrSHdLtmfJ3MFBSA173MeeunmfEBRAmSwVcmKbVOQAniNeaNPmrqTOk1oC/r" +
  "vGtiPE/RQTZvyBLa9T7qNxjOCN6tGJ2sYaGB+joHOYVcQkFV3e0sppvyzO5PvsaY8qbPk56kZ8XTJFtpjmoH3HotBM1qmI1C8UpE" +
  "BFUefdSuc9vyOauvfpE7ns5qtEBp6sdXrHweqE1fFuyec7xrYh1PtUNuveBEgV1vCn4X3VS4Cv+9b/XhWpjIFdeQx/s9GwJA8/Ao" +
  "H9TtZWeFvEBvUnFMhugaz+GLwOirqdfDCqq+i/IE/m15rUXGPBIDOayZ4RguROAetuG2HztvTRXyCI3JdgnxUiEc1a4Hz0G2UwWa" +
  "tT8GJ9nyrTd0vYmjMgqRR+vPFOzP4innz7cfzUonQM+e866JZTzVDmVK1nNo1iERu3p+uQyHu7YXeupCHf5mD5Vn8YBlJ6JNeoyQ" +
  "l+hu9kuIH+eodoWaaVSvFyAKE2UwBMj7+uHnjRz9sFx/TgjAXInvMXjsngUkY/GtAkLeosgi2S4hPpun2iEUpi89EvCRR30brAx5" +
  "PTkt0tCbBBnYtQDmaiSLxxPoW2wT8hwNFLNdQvxpnmp3h5MKa/cYyX8oPy2hJMrw6UX9uxbAXLF5PbVXP8h7cof4obSY7Dr+6Kod" +
  "yJSklzt60hPsmK78NMqbnJ7EeIDq4/BO0xOQ9GSC5sED5VKDNZPBDSpUdNVuFPIPRWo6+oE13csbaEuKqN+IB2HkY7zSMGkOIU/X" +
  "ufpMB391V2rRZ4yiiHTVDiyqdD/JSo/TDq04cR5kiJFsxKR++o14gLliYzE9n3SvvCd3O0jzL6Hju850pz5sYqwZdNVuLVpTx1IZ" +
  "DqqFpeB5jJSHBnhNrhEPPHK+zF2hOR9/a1aaa+zEx4q91PVxavFUuw85OXmzKMnoNz2OMiMf8VADRjzAXM0g1oKmgfNjcOMwIO8J" +
  "vq7Irj5Gscfd8PKoDYzi83sFTqZkS9r1MNlFlwUz1w55Vn/Bm1p1fCMeYK7ITEGnZfCL9FcBz5vvyHNyrwDQaxlcWzXpDmUYtotk" +
  "cROCXkJQlTANZBNebsnjEhrDeJVWTk2DPMN3hgEj/qbISqB5Dq1cSqh4a54T/JtkTSBNfUiCPtbDjb7vkGpXiZMpSVXt+sTSMG/V" +
  "tJ3o/zkNxPPEZ9TR34DrGaCn8KjREV9kEXisTHGZwHQ7mbMQpg2WkBjOYY7+XeIbhK8CzVRpFE/6+aXTMiX9aQUJHXIV1Uexz6md" +
  "onDSNRNXXO0C8eOvon4jHiI/v4QXPnVuAf5BZAIxHXG+zqnVRo01peB/gMnDnJU+SZb7MTvDG+tZIN+LVzZJAQNG/E5r9mcZ3LyB" +
  "HjiKpxn+QdUo2WolQwwY8cDXWBR+ca+5LJRrKq5TtDa6u3DFKeZc6efrr1Ie01O2fZawvLFyhqzjIAZkSorQxO+ulZQs3yosC5AC" +
  "b5rtii6EL2LH0bhGPMRcgZxwu7uNol1Umi9tPZ/tchp0Mmep67Uw1vySJmvtM/QDW7qp6tY96/zzDHl0oxtiQUlt6NaPDseapXFC" +
  "6fbGsJKZYht0MmDEA8yVnILlNj++l1P3BRIVRCnddsLtp37InBMeqyii6SLr4qkcXK2kwKhbJ2fIPuyDZz2+r5WpUXKzrNjZme4V" +
  "VW3Z591lbw+QBsJF0YARDzBX1ZSPZLBkVs4PpZgJXckWbrnzR9rbBbPH5RhalExXlKXxf4R22JpQ7S7H4h4RUDRRrRpXlI221SqE" +
  "JxKjP65zhs50LzFRpzVygbhGPMRcec6+jSsvOYnTxtLsESLNxr7R7a2MSDSl3BPq6a3XNVBxwQwl0Ai3CNVuk2s6RoFY1hsakYCy" +
  "cuWbg+rECFBcoxhE3wwexojZJYsGjHiAufJ4n1tVpviYUJKIL/Ytpe7R8EflfpqMgQjZy2PcaH9ymCjxb7fXzi+ePD0SlIIcQtw7" +
  "VvbY9aqtWQhRPK4U3dvwnexvqxqqEVzmG/FAp81yt3RUEXFzgV74IAMFjCN3ySc2fW9OuZ/E0aPMsz739xeZCNnasTAge0M+khfk" +
  "JQ8AThV/3DV6TsbVLk/g4ADF8MUXzoZVqP/Vbx68dVYXkn+srwEjfoM/VlYh7iKqk9YQ+6J+gdmXb0kOvvW1POk0raubUu5fEmVf" +
  "GSlE0TWBUzt8PTMcVjgmeqNkuIVDRWgQBotPQRpZfU9mzR0q+KOiVkHx+GkaZ1fqMOJHwCKX634E6VnzcXjfTBxOP+yPXxsi6G/R" +
  "z80o9sgUf2I051M9ew+tIMsFCvQ651drNaLV/X2SSIPxc4s5blYbj2BXM5CUbTUEr7bwMtMMGPH2eYC5GWz4eCkN7ZdM7vjPjGL/" +
  "VD2u/uojlOP8cLYSMRp1zuknS5UKJ/MR9v3yRy8kpt0sd+Fh9pBTtJFaogEjfhqr4b1kubNyGoJfajqp2+ufakDrScRATAgxTw5p" +
  "RnAMIpuaQynwHkk5fJdFwV/pMzUx+lgNFwktbcSI/4nR8AT1ptOa+RZDzAW7DQtadjWL2ZnSh1p8+Vly9yXJazYuPhasunzMrlEi" +
  "zVPujfSrLEpjy32eBgAgsoF+uWMhB64RX6EgveGAUC2woI63yLX00oePBovek28Qu2qNUjgqlHk2t5quZmq9bU36TW/TRvySESO+" +
  "N7XdZlSbvAmjzPKhUBPJvZ2PmC36juMIcKq95R3aSUhYJeEj2q+b9BjlJp/y1BX2DyNG/Ne0tznGOMJuIfXdL5kKdHske3JvlqqB" +
  "pZN2CkZAfwvli/NZWIr3vsmUw2oYtWaAMefL9aKeUr9NtS2sHbtQZTV37BeCWc8h8IaeETThO6LvEKYog0aSu8YkPbUkPiXPuWnP" +
  "OuvpspFzElUbVPg2DU/MicYk+9COJtPmdwdkh56mpAyWQnqif9MTGo8O/RZWIIsN6KPvjddhxSiGrtExi0vzwyYOvGZVmVNNNNmv" +
  "Z2DsaS3CBIv2y4NSeeZ0ng25ds47bp/NuB8f1p+nVWiEx54KXzVLc1+dMtGlt/p8X0NHq4vQ9xQ/gZ/5XHs0UomLzCxpSd1FCeee" +
  "vvTzwPX6mB03rm+oZPQJg196duHuNz8rxGWMW39luE7neeapceHhRV7fM35TIV38NZ5YVSwiuMiZuzut2W6RRRZZZJFFFllkkUUW" +
  "WWSRRRZZZJFFFllkkUUWWWSRRRZZZJFFFllkkUUWWWSRRRZZZJFFFllkkUUWWWSRRRZZZJFFFllkcuoaCMgajnxDYa/DMgHWeOQb" +
  "SoFyb2SNR75Z6GFFokcqWAOSDxf6kK12a0DyC4Fyzn2vW8ORHxf6twtZw5EPF/pq/1mjkR8X+qqfWIORDxd639EFrMHIhwt9o8vW" +
  "WAj50HVjGe/5cqG3jPf8udAPtYz3fLnQW8Z7vqMBVZ1B2I9M8aolT6z53+52jIv1Jz8W0vjYXzn7AV8B5d3fsL6V+0yhXeY+9PeP" +
  "7ftKZ1/2ovI4dsvH3WUMz8EnO8aAwJUFUbhvlHThpR2HD5bGDzK5RmX9FZ1KkYM2KTyiWDxjCeR+URDtIJV1NM4vAUNGTE49v3YR" +
  "0OyKVyyBPEjBl3Bwjy39K6eej5191sSSx32jhAVqwVOPxp6NsRzMoccvikJt9jLf+dKnsnVS0ZoH+/LphUnBUxfcV/Ejx3Lo4eDg" +
  "+qZJppN7x+wdTXbxAb9+uX06TsYWHsLPtc2ZRyejFg+bMHY1KnuCf+AnqTvwg4JfozKtxHg65YwR+ajS4Gib+eQuFMuW3KMe/OFM" +
  "toPwYLuKVJ447HzjhjnyXOWgWv9aplSQEtfs3hfuteDfyQU9WAvepy6D52n40i1z4qmZ/TxHpp4zr3ZcqU5d+pHf84b8fK5K8uUg" +
  "mbon72y5dE89wPBybnh78D7JDJ5S4KDYwBxZmO/KrRWtYm7LqMIlX9Xpv2/TXRL2P48pPL1zwavXRq/cminTPsoJ1SW6MFuyt3ef" +
  "QZmp46HT5dNvI3qY3ige5E+cnMz+lB3KEdvDc8GLb0fvPEJjad4mLWqdNY6g/VY6wFjPQ9vLXsD6gvnpGi74VloKVXFZr0nIBe+N" +
  "Trb2X6TFF/3nxt9Hz9VgqBHhbuUlHc+cImcYDMgLfrCdmNw/1OS9IjGdzw3vjTae4tlr6BEJUHqDzxkpuYCHtcsLchfWY06OctrM" +
  "jdxcbXKDWeKbQ94k2cuzXPciM6NSnpC70AQK/kUO8xA31+O54LUfRwe8Z0sQqY11h3BKVnObjnkFao5FMnhamx87BHqfaajyzkOy" +
  "1c4euRUdJ6P/6OL7x5ZH5C7MAnIfx0PUPulmK/vg37oreulp2WnnU7mRMTp4Tzt9GvWFPEMjRF12kUTX3cZMLnjrr5G3KTtTsHoD" +
  "uZXyQr6jiUDwY3nMN3LO6Z0tio5Q3vnZ7LRzyNNK/kORh4UAWAGXO9PFtvTBv3UdZMR/ko1mpijLRv6b8JfBhOd7Ygu52J6/T69W" +
  "f+Lqp8bT/SqrlHfumY0H1FbiD83zn+BrAi99Kpe7gIuv232SuxvT+BTVsIpXXvqhbDzhbaWVHvlP8Mgs0uWtdkXrtFT/6PoX6nzb" +
  "cmcHRw7JXQyiXfuf8s4F2dhZ2ydVWj40lmuiuGiqI9/JfQNY6Qdls63q6b+e9/jTCk+qE5YTcqe7Y99R3vkpxu1JX16VPDOH41hP" +
  "SCittBKg540cc5vvOx9Sre++xQPjzC945AATi2YLeG6btToeD/eUPunIttzFVwVtwOBRug46ohrfGfkUB5SPU6lRAE3fbEdFswu+" +
  "Kh/Gokvsg3RhubrzW2q39mJ5JwJYHuVGoTSeOUqDm2nbTsKzZeBDO1C0utMPb50M4tEv4xji2qob4pYSuN7SJtcKugAcxpPeN/P5" +
  "MV2IrWK8WXWybj38DmpGYmgnzetzV+BtPAHk90myX0qbwAjt11QHH/f3VTHFrjW14J9FPcnyOvjgKK+ksU0d1b1U9Cs/0xFd4nOa" +
  "DoUpbaLIG8JL0jirKNd91YHxyH99iEaeQRf1IQpnEk3aR/lQuBqbOShvH4c68gKbrZKfn98Rtk53R5FDipyNfL0ZbUB9amis8Cm0" +
  "aTiEAx15V91OVVUjVYwKfjthqNSlsx0yseAh8Hw/m+0FrRh8F2UZjJ2i/PgMbaTYrt7q5atRx/YEjblirHL9A/LagP6qNgomGBT8" +
  "VNz5nxrI4NMG/uRuOoy68ZhduxjOFMbFco0UsD3Y9RJo0O2BrEW+PGNrOEZlfwklRZEZTNNLqxuZLBgUPG7blWRrrd+YVu4JRVEv" +
  "2OGpyNc1NICy55UWvoW/j0RbrJ+HoulNzB3KGtlPBW3M1WTiSrcsSiPQA4QOXGiMGF4PxGkltnXIiTO+Tf/uH0K0PMG0gn8J9KKP" +
  "tgL4NMOFu1xp4GPswiTl97na71BhiD9L7iWoH9sif9buVOkApZG99MeiLSEiUuPtYuQPePV7rs1+J65AlDat4M+gTgxjMp0IZ3pO" +
  "BWGb0kA/vBrey/pUeWHJPPaa24J6x1Llelt8d7I1lSfn6udBqRI/aiM9EMN3Wu4JCYgZvNHz/22Y9mBWuffRE5irWFnDAl+JZt9W" +
  "/EobXX4h+0bZ2zev5g9Lkp9f9iLco8PLcgyRWrRwk//hPtCzV5gOyJuMONZySzwGI8i5fQK0Uswq+N0AXctCU0W+qzFtw9CCWYJY" +
  "MN9Vrqxiv0BFucJB2zqeuVsfjOvb1HumoXE/i1046vZFjemKefYYXniA4+jk4OGyfGEMYzB4wQiTyh04wJiBuVBp5vokcnIaVMty" +
  "VR2o9xvvSx9dCvpoTnH9uy8zrMMwt5Z5yRUZKtCArtoJFByHOFrDrVmGAvHJQLe2NangW/EDc+1msBwlLkqayl6W0VpQlfX86a0l" +
  "d3xXsKcCjy39viTkM68jkNGmqC/cfz7MrUXWFHFcYTskpeILtx2sehiTTCp4UEkmjRqYi3yik+Z38RF7WXYg06czyzsgxWHmp9Kr" +
  "TYhfUu8ahFymWNi3uvODiNop/b2ap9oBHEdrtvviG+kxRIYNaLymOeUOek9TwKLXzlSCHYXpdSGB7vwZcWksuvQ9/fHTJB9C02j6" +
  "Oi52oltZnRWGu6Su7y+HcFODeaod8CumMMdng/TtbiF+nkD1BZuJNkKLlPBhBG7GnO0v86qOpZGgi+fRtTn0+S4t2W0wUz2pGc+h" +
  "lOhDd+cWKoPUjDd5qh3wLomnmeMjSTiQ1P2QUREVY07Bj9FfAONPgQPIf4S89jOnPM1syXM2CQ+3f4Duiqerk28hfxv2+xdO1KVd" +
  "XeWFrtp1ACdrMYfnA3pqUaZ/jsA8HyB11y/3RvSUhfmIQwWFXa2tPfWR9O6JcSzsLMv6H8ooV7glIKCLOscmkGvGMkH5SSUowrXP" +
  "3niHpz/kelqsX/DjqQ3EBbP9vZEFkXuL4ncttVkyhwikSzugdXTlfK3BTERwAE800HSYLmhD0oC/uWSdACwEFGXOgzviADrpd7J8" +
  "4U9X70TwigcKnwM0ioNdmOg3inNAMhKbdWAVlBLF44JmBRqn81xHxwrS6zes4z7Gic2KwMrnJa2bQ8QBivx0y5wTHpT3jafBXGxd" +
  "e3LyawZpjF9zkR6zg+LzVynFvdBd6XQ3IsI7/sDq2CCRGbyT6UXEcVPQzjZwvYYt6PGeRJC53gsrTYvHnsH3Q3gGaBf9ci02UMaO" +
  "igeHZzJSrdXaPjABG9Ch2chW6MfEbvfkqXYgFu3PKgORIOFCyiSl1gkoQZYEG33UljdAlq+yDH1fzb3sX9TC42xgj9rh3kGyj/dG" +
  "algJS7WKlmhEiZ24EF9eQPacjrLGN+WZrcLzjClv8jxpYG5FMCfPXvf1BQIvUVllse1Bc6ojeVuYlAwRpQI921FNuviz1CdWiOKb" +
  "3+W5WjfIDt7FShQrTQcJlzd9bXr7Y6g7i5lcEpjiYb72TGCqmiB9X43Ua87yz4AQ+ceCdjVR8QCzY5V5qh1Y63xYIcmWFKDo7WVn" +
  "BfPTn2xMKaCr7t2UBVABIe1NLDs5VrWJrpTGvX+Yln3JSFYIZAX/qebEZO5a97ugo2SAW1HpvDVVyBMEQJbn7dolE5io639ZAN1y" +
  "KEDzt2qhb8tyc0f2U+4aSX/ge8iEZtYb+5Cn2oGwIbNaVjkMDBbbNL2ikEcIgixbsNk2a2Y9vcoqJYvgdssdjPlG8XaCWCoDwo9i" +
  "9XtY71SxKM9rB+phRpXi6wkRbdJjhLxDAGSpUVAiNFwTbNCFEc3/AhllqvKx3WKZs/EqSumho3FtCo6bCfWGHfPjblCP8PSEjMW3" +
  "8tgp2gAsekfQPsRCAztenOrxHqxMuhC1l34105sHsiToHmLgcGtQgN8xhmoHMFfif4xGTnu0XpuQx+g9fWeMrHXFZzUSxAbSltXp" +
  "CjQpfKfAwstRENevIS98E57DrbkO9OhkXu0cdlZ4C1aajulpN/doB10Uelxd+XilAndL+0x9xx12TbniGhYgqZfU19GxIC7m6mNW" +
  "K1jetUwAACAASURBVMM0QxQmptCMnMmJFzoqLuwIqcjgjbuKkTzvNBvMvkx9aYAvr7jmtzyPHNax9/moo1mMVsrKr5KW58qjQJDl" +
  "pmy1dE6xe3x7PrtsxO/Is/YIzeC6Le/9mSx8m9apJ/u4/jbYMYZqBzBXZVgOyzW6a78J5gVZlsjmV33Ol55v2lIre4WSNFsRAZq+" +
  "4tnWUdX5HWOodhBz9ROrFU9kcUFek3tqvB6ooU66QPFqFx4Ro+lc2aJeo9/lwhvKc04PxtfxyfzD9ggVZIOf3xLpr+VGCiKZiVqA" +
  "3nfMvi9oThlc7K/3Zsy2Uh6HXjd6WWhN1Q4EFy4IfPRoEM8FJGbhaL/M8x5XVQGPXbkjj8ndtkLk5zoYoaQvDj8qR2WqtX+DiWVS" +
  "9tciglYZZUZIaLiO3WkMT7UDLiACnG1rqCTj9+HGA0xKVcAob9F/W0nXsBalu/k2LHbOkr5frexm01NJUZVg8Rd4o3jGoQPf8Xen" +
  "JVzVbpPIKJNmn4wwPUrVw2UCM4tklRkFjzzpVPWaZeM8SpQRQrT+kEvDSymg9zyEf4gLW2BIhJFoF12GD4/8WpVG0c1ZjAGGB0Et" +
  "m9LYNzrT5YSyE7Hft+j+Q+fiFjXWhHLfAAo4XdN911l3UK0XZZWN2RbFHiWBhognEM0f+YulaVlJqUFBpSiA+zPKb93DsVIpwBk7" +
  "GaGwYkvRQ1O74XyfCVUH5XDKU7RedC+cEyrxg6Cn+PspZVK7M1GDKScJrxzHq5jloYP0TPw3/cVOyF2LShLHbIa+29/UCP52zpTL" +
  "NfRkjCAULXqZjrkSBwOT4jssXbiuVnr3bFfsuFOCCeWeCErJNYvWedOSLFbwZKtkx0+tzW2jgg/N/2J3Oll9k7dQUCG/wKS7GsrN" +
  "IZ4nJTnTOcY5qEl1smq3yJmP5T9boMIrQMyxuht2GrJeheurp+7Eiazs1st+YARKBoi/6Lxnp1STqn80tQyapi9NoERHQLwvrK57" +
  "dR+hrm82CAvl3FQVpo25TahfwOcrqXaZxYjIK4RXoCNYjjYiNvQZ7JyOW+58v/Z2E8p9fSwQ/AVdt9hbSEPqP5d5Br2vjpySHZQM" +
  "zLOuKOr8UGjGy8p2cjgG1n+UdLtUd0HwWydRvROSahfj2lqipjP8F9OVQmuSIXrQQYnsPkWWbXHzRiSaccL/DjpfVFdZ8YQ/mM6w" +
  "y54ptFlHO6ieQGXPT2tdkbwyTrX7e/RS0iTenoadg4HScutJAvp8HHlQBgBZuj1uteeTpp99s6iKB0yTcVhlutHChL4Y+Ch1Tw4e" +
  "Rn6/aRB0sf2u545pngEtoY7fKvOwoA5loR4ZGIpZ6O8B9YPkjmIuaOcXrsy7A2hFHY1jNBxvhqiqt/yJq3Z93BmzpWPomCu5alKH" +
  "NvKX61uFnu6ZgRaMyF1lNLP9czeNxcrF7ubfkPmUsi8+r4VeW8jFqlQAD17hnF9hX5VG6wisGVq1yuA2BGS7gFK20H+Da1eW4P7h" +
  "G2D7v0BQiG1ZmvqdAYjX3zXBt1/zpeaD/AKjDm9J1uD6Wp50mtbVTSj3Jucxp/pGHr8jHVVH+kPQSqESi1/mtAXDI2La1YbyJ3jc" +
  "vVa8TwnwHbdRoq3OzJfhk2hWYUIaUO16yPnbX0OOMPDRnxHabQHPXCiQzhwApx/2x68NUZyg6OcmlPsJoow754i9yNdA0kU1St3p" +
  "0Vhrm2sO1mptODV8G/EJsa2KtHqYKC/n2f+NpCNIEEoj7T9PpG95JAMTLBafCMuQH7IxAGWUssX/mU/sMTvIYvDva8Xia9xsBHn9" +
  "BC3shEdra37ZoQf8gbSnCyovMiVIV4pWD/lAIVaNBqWGTiILc4XTx4SvuZyG4JeaTuxBX5dRd+Nt1inM6z/qjFfmL27nnjsvV6I6" +
  "XCdB66xunP5WQ5496iJwsX9FubMTXjH8FcqbDGZirjD6UaWetGbKfYi5YLdlX/2HUXm72csXt2/ApF+745pv9pB5wWIItcCxYxy1" +
  "UZ/lWykw2SO0uWZXIWwppVXsj1IQPkTG5UwVR4PrzFKM2JpTS2B6J9Tvax4QXrdZLb7fzCt0Et6ocuXKBwIDx1RuFE7neIPe+sOs" +
  "stP+vZ5J1TiyWqaJkSSQHdXZBCvMfkpVa+JDdKg+1Yz3CI5GdB2DBrhs4kPv1aFQ08h9ipgjdIAVcX3Th3mPz7s/YPMjVfWRvIPi" +
  "ZjaignUG3J5Pqtp+fQPxHoNJjmNkCs8n1Jc8SE8aWEhlvmQi0G35HJG7L7Pop+0NrfvGPRNNxc3LiZEVmHpi0SWMFAhZNVFVW5xL" +
  "vPD4UOrp56QesZUhykKV1cyxX5hpd2+aI4LfxpD60dH1eGXS0tGSPQ2f8sMwDEh1eLKEzxrcvgjGbqxGqY5TAdPchk5Tc1RU6Xa+" +
  "H7JzhE40JrmHdjST3GGhZe+pNRUye+IFeV9dMVHr5gUxtMOLnbM2iakChAzUQBDE/1iSU5xj3hbqxvQxsRPt0axoch0fubQWYYJF" +
  "Too7KWcZ+a+qYhPqvxyuoR8o88pWU5nzhU+qmtzlmdcZqsOwYpRdosjTjGJF0XIQveCehxka2A2o/5WY8wmnh7VHo3WmyMySlshd" +
  "NGCOvBL6HpIXwNQRWUzJF0Pm4uXibtFHzKFVILnsrlZVcA4F0hH6UWDRtHozTt3SODxm2viva77UQ4Ohm5zGEzW/5mU95niNJ1YV" +
  "iwgucubuTmu2S56Qpz3zuycwpuMe+o2l4UNUVtlZR1ruZ1lF5TalJ9/LU5pf+dSvzmeLQi0RekMJ4z21SouQbuuyW4dRBR+VaA2b" +
  "6elPxZ15hpbEPnZX0yi15Htb42Z2ne6SEsFewNpNMy+2DyYEX9caOXNTIgphr9I6o6/6Vjw0UNwaOlNTNxS1KsHLwJn7oo+OuqEW" +
  "mYHaAT/m83z22SP5JUcsMgHZAT53hR47uJByuPgz1uiZmGCMTF/iuAeS59/FGj3zElbO+UtdtzxnODPTotxHa6CaPlzXLXIiRngf" +
  "a/RMTBBsri/1akCUThC3RbmZMMv8Kx03ONrLZc/s1uCZmQpjwCY+f+ivIvVgOYtMRjiAhXum6nr5RKDOlayhMzdNxdFqXbVN+KVy" +
  "YbMhBayRMzk1xOMu8UvZS3iP7+STgWP9rHET8pL/Rsoo/3ouRfZ9zg1RkNK9OljDZn6KpKRlxAcOWfrVq8nJS4LWXqhzpPe2Be9U" +
  "Ax/GFps1anmBuscaQeampVSwhiyP0KbCusXe718LlpqHqMNIfWLf+61lu+ctCn2iNVfq/UdZrvm8KPp1Q5qxhV6t4UfrrTHKqxS9" +
  "8q1H1JlZJXouPPmepcbneYp5b9O5Ws+m/BPwdMqzfz2U3LGiNSQWWWSRRRZZZJFFFllkkUUWWWSRRRZZZJFFFllkkUUWWWSRRRZZ" +
  "ZJFFFllkkUUW3TMqtGbE3b+n5fBhF7UCEA23xjgXkv2jftIhfVVystXt/pyD4ix6wGR7Wzmu6X852Co8oVX8whrm3Ec/g5NRnsyx" +
  "Vi9Cuf9ilSTIfXQ2BEiobU7t85VgmsNoq+RQLqSbWBLK2hxqNQWc93dTzw2nArylNZYMvaJHMME/mzONfoIOBAq+qOeGjt6fS3XR" +
  "kqFXNJ95ZEs2aAE6rk+f2jDKe8F/bsnQK5qAjeLuHGnzT3Rcag/BeMlCQxRlHcvkHY0XjZaJ5JJjjJK3OlvnLYlrdu8L90rw71gi" +
  "9I46+sKDl8vlRJNPKEdhDjBkCdSpm0aVbeMFo56YkjwtyEndk3e2XLoHHib6siVCL+nlnD6pJ8FTf7BXdaO3VrjkqxJ71c9Uqe72" +
  "P4894FOlXnEbwYdNLfhCvdDBrSVzoqfbxGxUEB1EHvC9m+oEcCw0VrU8h8m2XO+hKLmZkn6Sp9nQRTnR00XyXn3YO3fdNVGXmWGT" +
  "j3j1T3gQQ/aXVCyzkNlX+w5LV2WJ/W9G50hPV8nuOi9rkezEyxcxa1ZdkRjOP4jx6ibpIgvywk5fo10O9XStNBHLe/si6zHBt2Iz" +
  "NnIztHkQC7282qTnef3PQE9DH3UfiP6t189qAuX+voaXf4ib4/EHMBwfyT7J6nle8AZ66mYNz4bWM1vUedCQn5tj3f0fjXLyScYz" +
  "8rzcDfQ004XpKHM0Gw+bBeTeQOvs0CfdLGXv+2jY35Xfbldel7uRnma6vCw1svO0EUDwNbUYr7s4Mu7/cLzkcXY1yeuCv789nQgE" +
  "P1aL8YaLo+F9H43EMh7HUl6X+/3taRjAhfTSXlxcLEuFBxbUqiXkl/DdfenpZTDhtb2xhe6V76z+xNVPjX9J4B2OkdfrI9/nntZE" +
  "cvdJ1eQs4OLpdg/kXsTV8FOM/SXC83bF8rjc73dPhyLBt+ewuvRI+z2SuxgkaJ1U6qTxeVzw97mnG8BKP8jIjdXLHwhp0OuvTOLn" +
  "sSnHWoc0m/iqUbkXp19tid4uSE9rjrnN950PqdZ33+KBDN+zbc2ExrF9fxpM/Jz0bdOhEVFtU2oTv1d4Y1haRK9lSfTGkv6re95p" +
  "eo8bsoTzXjVO/nK8sc/UhewjW4z2tEL6ocCM+Iwxq54N8krwj6PnFY0xcN8H8sLUqDumKY72kRtbakzuIv1Lqd5AebtGOtaaUqOK" +
  "oO4020Grqt1ln2wxjcJCG1U8iIP+pTD2dLmbYxIpbUW+hR5XVyOqYp/V2RP83sxy1BvsafdJPgAaM8sLwVf1DhvwlhLMbQZMwGhg" +
  "Gk7htNBu7cXyTqSvPHSNQlUzs8nRh1qcQe1VxqG+y9Qtxi0lzs0prYahdSxBhbm+hlAJTaHE/lV+fl0dUOv6OnxYIEvy9inHAVsA" +
  "ZQ0y3NOO7YlQ+jXDAflyAIdhILljN+yx8oHaD4Gfl2vNzJN16+Fv/gZ0SdWpFdC5WFFtANibqkb391UxxZLg9a4RIJkFnZe5Lhhg" +
  "ojpSUp4oG699vA/+MMa86YODayPs2e5p6FtqzNz8GMFrAGCW/nD+MuyhsyjbhpPOshwHU9pEke8dXpKICHCJdDXZR/nQMGQ4FK0J" +
  "dlTqBOXrxw5cGaGwn4I/N8NxCGF1VQ+j7vPpJLitUHZ7erYXjetDY3IPLcFFYHT38/Prjv80HBfcbx49MVbH0cPtUiIorz1EMDgc" +
  "jxLNRtel8x3C9oJh+EWPaToJ+3WSIjOcG4uUVp+vfhYFjJi5SnUknyObPT1dms630pDgHwZ37qcrj1NV6T6pRQi8taRE2XviP/em" +
  "mgLVqG99wqjgCd0xNZDB5w8xTr8SF7fKeir+6+sy9+xw9pyqMIbyrMpqXf5RFdPtbPb0VdbJj50FLw8LfoyuS37ovLQCx/bsIZ+5" +
  "yf3z88Svf6kX+fJ0UC92Ir2+4TiBNVySnSXwjcCAGjlpj7RYEFNos+yuGsmWaynqGXw+ZH+7nVcztcxeTwcGs/h8jIRNm4B9sTw7" +
  "FDsK++kh1TPd2Awb+XU/R7Y1dyjrpT8FXD8EegiMbsFAnGZgX2k7+dG+Tf/uH0I0PQFJqwT52HHu35+hC1iVauSjhKwr7qWvLkR/" +
  "O0ylKB3R2erpGlnuDe7+mEGCZB82IHjYOap/OME1G/yx4+TaqffoX12/f0n+epLYM4b4s+Regq5WrkQcc7R6ESOP2+r3XPN3Z1Xc" +
  "pGMu9M6OuURZiBTPGUlq6qnVxbNw3aZ3ozHR4ccoPNuy1dPP4iU94aZLQzz7XDWWYcR1czVCtw1jLvSEU+1HdW/edbXVlvz1Fnbb" +
  "knns1ayFoAH1YivMHqNLykIN3uj5/zbYdkFFSVUnEIiubJbnyB+/d7O3V3O/J9sPb+tSwyKLe6ylDwHP9Oz09BUpbLvZY3AmYlvJ" +
  "HP2Cn8ILzO1SV9cYTBm/QMoOL4qfQGNro/StivNq/rAk+fllL8J9NZy+OxVC7pjKdm6CeDBCidonUDZe+xmKqJx+2zDVBvAvqfUS" +
  "ntQ5rO/3Xey1vpN+PDCowC7Esi87Pa0gyXkM8i0ugubVQv2CB2ZMMG3wn3S3WxDzDRx0O2eSC22vjAteNa5Z4KaKcjJv2zqeftUH" +
  "nG/T3+4hUVfU4lNpe4dxhsHQYQJbK/NMyRtP4aI8qZLfDy7Nzr1Mt61ZPkMl+N7y/6bW7JGQkDwOXJ+pdr13OunUiwN50RB9PbX9" +
  "LsHbYQg1gPxgddFZH+3A3MpYtXnqVvZ2uLT8zzDBH3UvNkGAtoOA4/vSx5USSfWNdKe/XmfE0ZHdiS5lKGUGgLjayjq6S0LvuHxK" +
  "oZuhKO0ut2v/K/DFE+W6MsEbnSZ3uRBC8FWkQSv9RSRYE9XaVY3G7l2jFP6NN47ORk/fdDMUxvw5rTStKBY9qx2Y85PXkctwyd6r" +
  "uLZCY6HgXfvsy4xlarp0CnWjruDrBR5bBs4oEX2WQzXUFCnmctvBslInIdOprxRJXAhFWcWlW6oSV0OdEz54Cpln5BJ8ffeqXPC5" +
  "aEwa0qIDF83Drl3mGfeflxDLpWz0dHAUBQYNofE7dat24FTwNJWrd/BvtF3HhcitK/9QGQi+j3PnXxVKf05Xyd8zHy5RyXxE9+O6" +
  "9NVvpJl0A/91NQkfDXP2tYGsdNSCorzjPAW7vqrVI85rr0l/tsAEf8M9Zu+iL+V3dHki7LPTgomStI7ILJ5qp6un0X1JF6fbcUUx" +
  "Orh0gR1g+GTLb4rt9TOc8M41u6qnLkI9IHinqn+GEbKeJsUgmkYzEoY7MRDdwC2wgY0mkFbiLQKz9kQVz4ocvF1ddCzohCiGTFNP" +
  "CeducEr++w0oeLfPt+A5NBXGAlUXYsecNkG8rG0+z1Pt9PVUwkI3JhItBqBb6wnGq6c4tyzgMninBNQVfeGH9KqzP57KC6Fo9wss" +
  "GyL2ZUAMukoaaxvMVE9qxnMcCUt0QUAlCQeSpcOQyhXlXsqi6wFr52sgymuiD6WU0yBRHFlAXVQqyPa9S6l+BXBOBnYjCOQHgYoX" +
  "TXmqna6ejg1XfVwCrmjpLluQGq/LYzgD6pVOD3WKsnMD5W48ZZ+UHd6NpZ0W3waAdzw+kX7jC4iFXQXyA3ridiZyFfX0OOdKx2B2" +
  "iURORxjFjHX0FcM7UkpVBbngid9BYE9qLF2n/xXJ4UYwT7XT01O75DN6lMyLrUX3fmrSG/qCgvAr/c9physLOvDU9W2cdpoRjJZw" +
  "JRPjqPm9GlHsAigQ5JvI6kJSCSBcZYxmb7xDlHZN6gRixw7g7zqmrOjY7AoIGERZPMQXFH3NQ08D+BKodBBTUKxXWy2abd73tI7E" +
  "MBA3/y9sQ06IgnozyO2P6ZJ7syRWA79A3+dABuBCMp3aEkC2dmCx6coNG04UOLCxuSBaUycAC7lEqTego1hEmVdfcgA2GoXxUHMi" +
  "sPWaC1wsaweve+qQWimGJrwtqFbncK/i8Z9BlxM0Yy8//FFT1KHvmO4E6OJ+ixHtnyF9PGSPe6M7jws8yKn4BOsVaktRg/me+b9u" +
  "zgH8qy3y0y31XTsAw9CKgt7qQm5nEPGVAm0hhJHFth2xFPe+p69J1494fBffXuuH93Tk37qTrq6C2+qoonZKoINZPK0H/NoYBvxd" +
  "aTlQITJ6MdANYKkA9RpLcjIC0t0T4PGeRPi83gsrHZw6b1ndjDg3xU5ERbEuUfwJ/x01IGuwp9FSTCXCtWEmtLpLREV8l/9lINmh" +
  "LFhtm6mByDXkLK7NTNcx6FFgklZatTp4MBZk5zJq5u2ixVXJyKG0WZdJSq0TQDrc540+auNaC/HTuMPUDsh26lj2EBRlBMPjyigs" +
  "/aK97qm87FxyONd3ArXms3yrsYxZoHOIP1GuL1bBGJg9KsFQSTpIG8beSI303KV87G86pyZwvf6kXjKmfH12xxcaqukPYvWFSSR+" +
  "OR0TPp2n2unpqU3uYSCJXop95EgpwRhhqt2fAtWUdX1PLMAkjCswTlsIe0dSr1QqjR25/OIZ7Y9F9lgIaxsuQMeeFSv/ilbH4yLU" +
  "2DoNeh+96iYN7Za1wwt3VEFdL3o6i9rRok3TvShDBV2m9RxM3Y+dU4W26RIMxbg5yz8DtIOPGa0DBeyqwM88Uda928vOcjruZwix" +
  "cgVxq1L7NgTzJ3w3X55qp6enxdU9LfJTlbBslzibSWOY6770Aev+4ej2FDrHSqnP/cNYu4iG6mgDUYRX9aT1u6P6nbem8lc6pNr1" +
  "i+QPUxvUvKq638c6JvwInmqnp6djSeRS1ttTvD2HojrUgGczsXbV4vgJfozAQ1hb1j4QiSyRkYzWARKpMOsVymHDEds0vaKejq/j" +
  "RcpwtR1N6nGkltvBlz/hbSt4qp2entYk1VZ7zpyVMIbK4YpPiYtZ95fz4QVVfxYpTjXSYXFE4GKumJU9ywPzuk263jySd9Fdp/nc" +
  "zTXQYVd1TPhbXNVOR09tQJcplpKdYkfOBa+tFhgWfRpdWQ0AV+UW+uYWy8z7RCOWxajvCJBILM0RaYgZi2/pX/c6oGXiAJ+7ErJc" +
  "/ElLebaOCS+8yFPt9PTUo475V31ukSDkVHV7p/nfhGn19GeOCLIrQjKpHKvxHBtAFWO5MCNgMUSwNuLTMsNiQ+U8geX9DJ+7Nz1U" +
  "RTp2mBO+YlGeaqenpwuN5E5zCHyJtMVYkOOdz7Hu38hIUVJomqjyohPeR5ejiuVl7KyZWypg+IgPjPS7Xaw2xpBYY4HJ+xBxLchf" +
  "x4TfwlPtdPVU1hOa5UBFigrh/ANmXnF67VkbpwPgLC9oma9jNG0TVm1UgESiuhjc5MmCe8VIxwGaZoGh9LKC5FC01zHhhWE81U5P" +
  "T09rrxmGCExYMaS28ftfFTlGvMdSp2R2D/AVeeXPARKpEyt4VtZXlYLIp8gMQ0b8RLYRD0Iv7Anfgava6empJ3r+Tw4IHiaaXfPi" +
  "/uU8I/42e///RuSecAKQSE+zeNboqs9Gs1R0G/Gfi2wjvqeeCT+Hp9rp6qnHDjmXfbkPF/UVq2ZREC8xxDPhKbUQK47jHsazhJvA" +
  "CwwtQ3XMRxoy4kG+DGnEH9Uz4UM78VQ7PT21l9HcUw0RzOjR477SUA2raj5AbemFvqsFkZDoH+CsIAa8lZ9fIXzRCTDw3tNEI0b8" +
  "jSi2ET9Rz4R/mKva6elpB3rSrFeqHcwnHW38/sR4jhFfKoSoOyDQ8u5Yqh1AIpGVdX/w9/j6CnjU8x0GXhxgrg8YKhVCGvGf6Znw" +
  "4HEM1U5XTy/CND8hBw758N44BLBTuhHvCWUW0SyX/LCOUg14dLV+muLr60OUNtBDi3yNGPFxRdhG/Bk9Ex4AHrZlo6eK8zBJyMGC" +
  "ht6UUEzqxzPih7JKNMBPLp5VpglUXcDTSgY44xmNwmABdbrdIMg1/FcJTDCrDiMeFi14iH2US3NOwpOWaqerpwrIl74nx53Rraet" +
  "FLnuWk36SuQY8cq5B6QBsgWGVVhmKUAi4Vtryb4AOtFbG+znKmIVReBlahc0YsSDKB5pxNuH6ZnwwgFeV/X1VFH8qSqR/UX9NVB+" +
  "E73JukGP6ssz4t8S6cclf+QvlqZtaqlBQaXo3xUUXaIrufGxAmSs4BS1XFNhiqF501DtCBDFI434H9QT3t5efJ9ooKtKtYtzur32" +
  "CgZ7ai+qmWPjSsuL1+fDuu6fvZUernN0I/4gPeP+TX+x02uU5TNmM+a7BThMOEodWmO2p1LiahVtyXFtRp0IdEpoa0OmTHumEW87" +
  "oEba+anLC0xWqXYjCGNcV08LiaqacoCWivoPJ77mZQ0FiuuCbsRXUNyQ8HgNu7Miom8ycF5vBwCm7xFfH5Fa2G9TGbzm5CMaCWMn" +
  "smjO9U9FI0b8e2B6nLczG5In/OBYMY3AvsVVI1W7K87tJyvJaE/Liuzj5u1uw2OqPvxVHx91tSoj1NGfZ8TXESn1ptzVAGtCrf4E" +
  "wPbNpSKR0PEcjvFuhbwZsmhmsPMxbrkjne3tbE1chxH/I7NOi2OoasI3aa12vLUkp0fJeUQurL6ermc7OkOlUOMafYLrjEHU4oTs" +
  "HIu7hQMiQ1l8Z11Q0vmhcDxlQEFyOJZTAZFIB5WPVS47/AUNmkpswPaNbtBMRCIbPKfDiK8ey0ga9YBQ4YSv4cwWiiUDjTMI1a6Q" +
  "SyNsUNFwT68zy0eUvS0aOGx3kKiu9mWESobwjHhQk0CpC7fWlUBXxvkVf4/uluyw7Wn4mRfQ5NjlqY0Xrvb4oBCfLzYeqXsYrjIA" +
  "ntNhxLcQWUa8oz+p0ndYQfEjdfHFVbuYnmQtIZ09fQVxDcNU6U1SknqjTF1ya9cAE/xew4IfJfKMeJA1L+8kMQv9PVDCGUCvdClY" +
  "X7hMrAN2KhJJsrVtdTxB8b4JdCdcBtI0IneVgXWr6OA5HUY8jOIRysJFcsJ/4Er4rpfArDXiVu0GuMtXL7cLhnsKCx+8iDKOy8nV" +
  "ov0/0yW2yOL02p26KWwqz4gXKgCOFU5XZ9hXkg032XUR1h2tWmVwGzIDtFBBvIRUoW8VjFjjRayEzcJvSYrV+lqedJrW1TXAczqM" +
  "eFjDtjDmMYuch+/wiYeoFdpt4zDV7km3FzD4umC8p9FYgtwm96Qv8OeHwfpjTa5GyIK6wZkGBX9O5BnxQkf4gLSrDeX8hePReHoC" +
  "yJq00WtmnhSCRiPMW9Er2FNm4nD6YX/82hDBZYp+LrDBc3qM+JFMI/4JbMJXH5VGh9yjddx/ulD2F0qCge6elsF6GvH7hy/uQwbD" +
  "jFA9UttwXDXozQ0KfgzXiMdjvuiFP2FlBmDoLKh6/roCZjsTpfQHaiR2+/8naIDndBjxMIqHG/FhwAMV8ulTsnPlHZWOfBipdqk7" +
  "5PK9TW2CNz3trNHTeXqO2k1MCaGM0c8Ob9NvGHB6rP4W0sAu0MqDq1S2RB9GD8NJ70U5UXe1Z9fKCwtAPm0kikdE4nvTnpe1SANk" +
  "Oc4T3N1cW/CqpzXZHS3YkduVQq0mMZ7U9yUDWXdwq6jKR8gi+ltdMcbz8uXoSCS8HMFa1WNaM4djiE37Y+Qa8et9WUZ8XAatckSQ" +
  "ZoDHs+R1YGGuOD1dx+xobDLHAlu345hWtZv4g/9WhbKNhQAAAttJREFUyTR8ignDiMfgTShDzq5C2IqUSlG2/vQ3XDFb27zAn+XQ" +
  "9r++z+3mNlblJ88R3xhV26+ZAOuR+xJq+quOnjpYn3h4Fa31/d/fMvTUO/HdfO3xddzEMziZQzL1Z3ZOjCQRowphDrYp9Je7k8qp" +
  "tw7pEEXdsRU0ZMS3Zhrxw9TPyxisbmC6iqtTR3YNYV5PR3khd5hmxKfXjVRLYmI0U1W1yd9Bm4mNqGCdkchW1T2Wx98OXpo79MLT" +
  "mNvB9a0dr5cVRaYR30z1vGEDBO3Tud3UlqwIb6SnFaZSFYtpuuG0XHqWNyTfinrKZ5Ka+8gKVIyt23JZwpVl4GCW2lKZsut9QWUN" +
  "BTtdU+6EryQyI/GdSFGlRPLSVdxaR4yer5bZU5q6fJwDxDIidxZOhJqHUpltE03Dp/wwbE+ongXNbyK+sFX1Sg2Wsa2OE41J7qEs" +
  "LbeuoRPW5jHLarchFOPufCXBqQRQkJbGepqiMsa+DuOfBTs82U236kh0xM9NT9SSaFSKm5zn/gWc4g/Jl56NtWgPQdchxc6hS2Kq" +
  "ACEDNQIB7sH4WzMH9jquvqS1YI5GWaVe9WIdOixS4XwIT9ASeGhFia9YuZrd4dYSUJIT8tDR0xb4XDpwWbjfNHiB2xtx8HMtJltN" +
  "5T0Ln1Rd3eUZvIz9Gml1zq96+bloztvUHo0EUWRmSa3le7zbh5r1jJ78M7sHnOerslxe8zzQt3i6hh9I2cIbbBsgaJUv09vT/UCt" +
  "7PWBTXgAFNlkybQBPKbLxd2ij5hDC4dcdgeqCs6hpW59KUNbs/YsG6DnbWo8sapYRHCRM3d3cuuClOx4eXCozk5OOzwvRAzuTJlY" +
  "Xa9mhWf1evmLRM7SWDW2aL0ZM5PZ+dsGe2rbn3JsRUjaioaPdxRyNZWddaTlftY4l9uUnsxAAhS4lX7khx7Vc0EPKjnubfu5p6cW" +
  "WWSRRRZZZJFFFllkkUUW5Rb6P6zlw07owmXZAAAAAElFTkSuQmCC",
  "base64",
);

/** Alternative text of the bloc-marque images (screen readers, Word's "Texte de remplacement"). */
export const EMBLEM_ALT = "Marianne, emblème de la République française";
export const MOTTO_ALT = "Liberté, Égalité, Fraternité";
