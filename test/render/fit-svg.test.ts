// A big SCC's picture must fit the window it is opened in, not open on an empty corner.
import test from 'ava';
import { fitSvg } from '../../src/render/fit-svg.js';

test('the root svg loses its fixed size and keeps its viewBox, so it scales to fit', (t) => {
  const svg = '<?xml version="1.0"?>\n<svg width="6341pt" height="12474pt"\n viewBox="0.00 0.00 6341.00 12474.00" xmlns="http://www.w3.org/2000/svg"><g width="3"/></svg>';
  const fitted = fitSvg(svg);
  t.true(fitted.includes('<svg width="100%"\n viewBox="0.00 0.00 6341.00 12474.00"'));
  t.false(fitted.includes('12474pt'));
  t.true(fitted.includes('<g width="3"/>'), 'only the root element changes');
});

test('an svg without a viewBox is left as it is', (t) => {
  const svg = '<svg width="10pt" height="10pt"></svg>';
  t.is(fitSvg(svg), svg);
});

test('the root tag is found past comments, whatever they hold', (t) => {
  const svg = '<!-- Title: <svg width="1pt" viewBox="x"> -->\n<svg width="10pt" height="20pt" viewBox="0 0 10 20"><g/></svg>';
  t.is(fitSvg(svg), '<!-- Title: <svg width="1pt" viewBox="x"> -->\n<svg width="100%" viewBox="0 0 10 20"><g/></svg>');
});
