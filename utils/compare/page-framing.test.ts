import { describe, expect, it } from 'vitest';
import { pageFraming } from './page-framing';

// Written for this test: headlines of the shapes wire services and tabloids use.
describe('pageFraming: a headline’s credit line', () => {
  it.each([
    'Border town fully retaken from enemy units - General Petrov',
    'Border town fully retaken from enemy units — Ministry',
    'Mayor Ortiz: the bridge will reopen by spring',
    'Ortiz: bridge to reopen by spring',
  ])('“%s” credits its words to someone', (headline) => {
    expect(pageFraming(headline).framing).toBe('attributes');
  });

  it.each([
    'Border town fully retaken from enemy units',
    'The bridge will reopen by spring, a week early',
    'Talks resume - and stall again',
  ])('“%s” is the page’s own voice', (headline) => {
    expect(pageFraming(headline).framing).toBe('asserts');
  });
});
