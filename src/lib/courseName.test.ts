import { describe, expect, it } from 'vitest';
import { germanNameAdds } from './courseName';

describe('germanNameAdds', () => {
  it('is false when the title is the German name, in any case, or its plural', () => {
    expect(germanNameAdds('Funktionstraining', 'Funktionstraining')).toBe(false);
    expect(germanNameAdds('Selbsthilfegruppen', 'Selbsthilfegruppe')).toBe(false);
    expect(germanNameAdds('präventionskurse', 'Präventionskurs')).toBe(false);
  });

  it('is true when the German name is another word, or says more than the title', () => {
    expect(germanNameAdds('Functional training', 'Funktionstraining')).toBe(true);
    expect(germanNameAdds('Rehasport', 'Rehabilitationssport (Rehasport)')).toBe(true);
    expect(germanNameAdds('Krankengymnastik auf Rezept', 'Physiotherapie (Krankengymnastik)')).toBe(true);
  });
});
