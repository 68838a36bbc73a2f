import pkg from "../package.json";

/** Flightdeck's own version (semantic, from package.json). */
export const version: string = pkg.version;
