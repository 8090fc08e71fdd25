// After every story test (every story × theme × colour scheme, see ../../vitest.config.ts): the focus
// appearance of each element a keyboard user can reach. A problem fails that story's test.
import { afterEach } from 'vitest';
import { userEvent } from 'vitest/browser';
import { focusAppearanceProblems } from './focus-appearance';

afterEach(async ({ task }) => {
  // Only story tests, and only when the story itself passed (one failure at a time is easier to read).
  if (!('storyId' in task.meta) || (task.result?.errors?.length ?? 0) > 0) return;
  const problems = await focusAppearanceProblems(document.body, () => userEvent.keyboard('{Tab}'));
  if (problems.length > 0) {
    throw new Error(
      `Focus appearance (WCAG 2.4.7, 2.4.11, 2.4.13):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
});
