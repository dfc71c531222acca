/**
 * Whether a course's German name tells the reader something its title does not: it does unless
 * the title already is that name or its plural ("Präventionskurse" for "Präventionskurs").
 */
export const germanNameAdds = (title: string, germanName: string): boolean =>
  !title.toLocaleLowerCase('de').startsWith(germanName.toLocaleLowerCase('de'));
