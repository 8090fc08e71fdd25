/** Test-only: puts trusted, static markup into the document body. */
export function setBody(html: string): void {
  document.body.innerHTML = html;
}

/** Lets the MutationObserver callbacks run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
