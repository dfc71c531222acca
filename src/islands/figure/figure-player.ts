/**
 * `<figure-player>`: plays the keyframes of a posed figure when the reader asks (WCAG 2.2.2),
 * in the last drawing, and pauses on the same button. The drawings nest their joints as groups
 * whose transforms differ only in angles and lengths (src/lib/figure/rig.ts), so the Web
 * Animations API can interpolate between keyframes and the limbs stay joined. With reduced motion
 * it steps from keyframe to keyframe. A figure done on each side plays once more, mirrored.
 */
const hold = 900;
const move = 1300;

/** An SVG transform attribute as CSS: the same functions with units. */
const css = (transform: string) =>
  transform
    .replace(/translate\(([^ )]+) ([^)]+)\)/g, 'translate($1px,$2px)')
    .replace(/rotate\(([^)]+)\)/g, 'rotate($1deg)')
    .replace(/scale\(([^ )]+) ([^)]+)\)/g, 'scale($1,$2)');

class FigurePlayer extends HTMLElement {
  private animations: Animation[] = [];

  connectedCallback() {
    const button = this.querySelector('button')!;
    button.addEventListener('click', () => {
      if (!this.animations.length) this.animations = this.build(button);
      const playing = this.animations[0]?.playState === 'running';
      for (const animation of this.animations) {
        if (playing) animation.pause();
        else animation.play();
      }
      button.textContent = (playing ? this.dataset.play : this.dataset.pause) ?? '';
    });
  }

  private build(button: HTMLButtonElement): Animation[] {
    const drawings = [...this.querySelectorAll<SVGSVGElement>('svg[data-keyframe]')];
    const stage = drawings.at(-1)!;
    const parts = drawings.map((svg) => [...svg.querySelectorAll('[transform]')].map((el) => css(el.getAttribute('transform')!)));
    const stops = drawings.map((_, pose) => ({ pose, mirrored: false }));
    if (this.hasAttribute('data-sided')) stops.push(...stops.map(({ pose }) => ({ pose, mirrored: true })));
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const step = reduce ? 0 : move;
    const total = stops.length * hold + (stops.length - 1) * step;
    const frames = (value: (stop: (typeof stops)[number]) => string, property: string): Keyframe[] =>
      stops.flatMap((stop, s) => {
        const arrive = (s * (hold + step)) / total;
        const cut = reduce || stops[s + 1]?.mirrored !== stop.mirrored;
        return [
          { offset: arrive, [property]: value(stop) },
          { offset: Math.min(1, arrive + hold / total), [property]: value(stop), easing: cut ? 'steps(1, end)' : 'ease-in-out' },
        ];
      });
    const timing = { duration: total };
    const stageParts = [...stage.querySelectorAll('[transform]')];
    const animations = stageParts.map((el, i) => el.animate(frames(({ pose }) => parts[pose]![i]!, 'transform'), timing));
    animations.push(stage.animate(frames(({ mirrored }) => (mirrored ? 'scaleX(-1)' : 'none'), 'transform'), timing));
    for (const arrow of stage.querySelectorAll('[data-arrow]')) animations.push(arrow.animate({ opacity: [0, 0] }, timing));
    animations[0]!.addEventListener('finish', () => (button.textContent = this.dataset.play ?? ''));
    for (const animation of animations) animation.pause();
    return animations;
  }
}

customElements.define('figure-player', FigurePlayer);
