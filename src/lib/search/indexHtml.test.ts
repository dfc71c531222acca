import { describe, expect, it } from 'vitest';
import { spaceOutBlocks } from './indexHtml';

describe('spaceOutBlocks', () => {
  it('puts a space after description terms and details, so their words stay apart', () => {
    expect(spaceOutBlocks('<dl><dt>You need</dt><dd>Chair</dd></dl>')).toBe('<dl><dt>You need</dt> <dd>Chair</dd> </dl> ');
  });
  it('covers table headers and upper-case tags', () => {
    expect(spaceOutBlocks('<TR><TH>Sets</TH><td>2</td></TR>')).toBe('<TR><TH>Sets</TH> <td>2</td></TR> ');
  });
  it('leaves inline elements alone, so words split by markup stay whole', () => {
    const html = '<p>Sit<strong>-ups</strong> and <a href="/x/">golf</a></p>';
    expect(spaceOutBlocks(html)).toBe(html);
  });
  it('does not touch opening tags or look-alike names', () => {
    expect(spaceOutBlocks('<dt class="a">x</dtx><details open>')).toBe('<dt class="a">x</dtx><details open>');
  });
});
