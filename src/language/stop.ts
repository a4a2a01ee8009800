/**
 * A sentence's full stop, unless it ends in one already: "Population: U.S. adults." and "Población:
 * adultos de EE. UU.", never "U.S. adults.." (an abbreviation's period ends the sentence too).
 *
 * @example
 * stop("Fuente: AP-NORC");        // "Fuente: AP-NORC."
 * stop("Población: adultos de EE. UU."); // unchanged
 */
export const stop = (text: string) => (text.endsWith(".") ? text : `${text}.`);
