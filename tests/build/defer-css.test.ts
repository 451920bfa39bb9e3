import { describe, expect, it } from 'vitest';
import { deferEntryStylesheet } from '../../src/build/defer-css-plugin.ts';

describe('the deferred screens stylesheet', () => {
  it('loads the built entry stylesheet without blocking the first paint, at any base path', () => {
    expect(deferEntryStylesheet('<link rel="stylesheet" crossorigin href="/games/rouge/assets/index-DKadaT2Z.css">')).toBe(
      '<link rel="stylesheet" crossorigin href="/games/rouge/assets/index-DKadaT2Z.css" media="print" id="ui-css">',
    );
  });

  it('leaves other stylesheets, and HTML without one, as they are', () => {
    const other = '<link rel="stylesheet" href="/assets/recap-screen-CeokOUvH.css">';
    expect(deferEntryStylesheet(other)).toBe(other);
    expect(deferEntryStylesheet('<p>no styles</p>')).toBe('<p>no styles</p>');
  });
});

describe('JSON modules', () => {
  it('give back exactly the value, whatever the text holds (quotes, backslashes, backticks, ${, line separators)', async () => {
    const { jsonModule } = await import('../../src/build/story-plugin.ts');
    const value = { line: 'She said "no" \\ then `ran` ${away}\u2028and on', list: [1, 'two', null] };
    const code = jsonModule(JSON.stringify(value));
    expect(code.startsWith('export default JSON.parse(`')).toBe(true);
    expect(new Function(code.replace('export default ', 'return '))()).toEqual(value);
  });
});
