// Message and evidence templates are cut at their placeholders once and rendered by concatenation (96c8d7c), in place of
// a regex replace per finding. User packs write templates we have never seen, so the cut must give what the replace
// gave on any template: adjacent placeholders, spaces inside the braces, stray and nested braces, empty names.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/rules/evaluate.js';
import { TEMPLATE_PLACEHOLDER } from '../../src/rules/catalogue.js';

// The values a finding would give, made to show the order and the number of calls.
function recorder() {
  const calls: string[] = [];
  const values = (name: string): string => {
    calls.push(name);
    return `<${name}#${calls.length}>`;
  };
  return { calls, values };
}

function byReplace(template: string): { text: string; calls: string[] } {
  const { calls, values } = recorder();
  const text = template.replace(TEMPLATE_PLACEHOLDER, (_m, name: string) => values(name));
  return { text, calls };
}

function byRender(template: string): { text: string; calls: string[] } {
  const { calls, values } = recorder();
  const text = render(template, values);
  return { text, calls };
}

const TEMPLATES = [
  'Clause {{clause}} grants a licence one way only: {{evidence}}',
  '{{clause}}{{clause}}',
  '{{ clause }} and {{  evidence\t}}',
  'No placeholder at all.',
  '',
  '{{}}',
  '{{ }}',
  '{{clause}',
  '{clause}}',
  '{{{clause}}}',
  '{{ {{clause}} }}',
  '}}{{clause}}{{',
  'Royalty {{royalty.rate}} over {{term.years}} years ({{count}} findings, kind {{kind}})',
  '{{a}b}} then {{c}}',
  '{{ two words }}',
  'The {{detail}}.{{detail}}.',
  'Price {{clause}} is ${{amount}} per unit',
];

describe('template rendering (rules/evaluate.ts render)', () => {
  it.each(TEMPLATES)('gives what the regex replace gives for %j', (template) => {
    expect(byRender(template)).toEqual(byReplace(template));
  });

  it('renders the same template twice the same (the cut is cached)', () => {
    const t = 'Clause {{clause}} and {{ evidence }}';
    expect(byRender(t)).toEqual(byRender(t));
    expect(byRender(t).text).toBe('Clause <clause#1> and <evidence#2>');
  });

  it('agrees with the replace on random templates of braces, names and text', () => {
    // A small deterministic generator (no dependency): templates built from the pieces placeholders are made of.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['{', '}', '{{', '}}', ' ', 'clause', 'evidence', '.', 'x', '\t', '\n', '$', 'a.b'];
    for (let i = 0; i < 2000; i++) {
      let t = '';
      const length = next(12);
      for (let j = 0; j < length; j++) t += pieces[next(pieces.length)];
      expect(byRender(t), JSON.stringify(t)).toEqual(byReplace(t));
    }
  });
});
