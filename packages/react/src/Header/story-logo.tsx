// A neutral city logo for stories and docs only (not exported from the package).
export function StoryLogo({ name = 'Stadt Musterstadt' }: { name?: string }) {
  return (
    <svg role="img" aria-label={name} viewBox="0 0 40 48" fill="currentColor">
      <path d="M4 44V20l8-6v-8h4v5l4-3 16 12v24H24V32h-8v12z" />
    </svg>
  );
}
