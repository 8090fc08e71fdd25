import { useOf } from '@storybook/addon-docs/blocks';
import type { Of } from '@storybook/addon-docs/blocks';
import { GOVERNANCE_URL, stageOf } from './stages';

/** Storybook id of the generated stage table (apps/storybook/src/component-stages). */
export const STAGE_TABLE_PATH = '/docs/komponenten-stufen--dokumentation';

export interface StageBadgeProps {
  /** The stories module (`import * as Stories from './X.stories'`) or its meta. */
  of: Of;
}

/**
 * Doc block for a component page: `<StageBadge of={Stories} />` shows the stage from the stage tag
 * of the stories' meta, so the tag is the only place a stage is written down.
 */
export function StageBadge({ of }: StageBadgeProps) {
  const { csfFile } = useOf(of, ['meta']);
  const stage = stageOf(csfFile.meta);
  return (
    <p>
      <span className={`sk-badge ${stage.badgeClass}`}>Stufe: {stage.label}</span> (siehe{' '}
      <a href={GOVERNANCE_URL}>Governance</a> und{' '}
      <a href={`./?path=${STAGE_TABLE_PATH}`} target="_top">
        alle Stufen
      </a>
      )
    </p>
  );
}
