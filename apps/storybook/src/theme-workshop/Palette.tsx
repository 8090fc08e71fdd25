// A generated palette: every step with its swatch and hex value.
export function Palette({ name, steps }: { name: string; steps: Record<string, string> }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600 }}>{name}</figcaption>
      <ul
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'var(--sk-metric-space-x-small)',
          listStyle: 'none',
          padding: 0,
        }}
      >
        {Object.entries(steps).map(([step, hex]) => (
          <li key={step} style={{ inlineSize: '5.5rem' }}>
            <span
              aria-hidden="true"
              style={{
                display: 'block',
                blockSize: '2.5rem',
                background: hex,
                border:
                  'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-strong)',
              }}
            />
            Stufe {step}
            <br />
            <code>{hex}</code>
          </li>
        ))}
      </ul>
    </figure>
  );
}
