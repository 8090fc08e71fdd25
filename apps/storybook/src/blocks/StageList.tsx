import { GOVERNANCE_URL, STAGES } from './stages';

/** What each stage means, in the words of stages.ts (a summary of docs/governance.md#component-stages). */
export function StageList() {
  return (
    <>
      {/* A list, not <dl>: Storybook's docs styles give li (not dd) the page's text colour. */}
      <ul>
        {Object.values(STAGES).map((stage) => (
          <li key={stage.id}>
            <span className={`sk-badge ${stage.badgeClass}`}>{stage.label}</span>: {stage.summary}
          </li>
        ))}
      </ul>
      <p>
        Die genauen Kriterien und wer über einen Wechsel entscheidet, stehen in der{' '}
        <a href={GOVERNANCE_URL}>Governance</a>.
      </p>
    </>
  );
}
