'use client';
// With JavaScript, links to pages of this service (the library's BackLink, SummaryList's „Ändern“,
// the start button: all plain <a>) change the page without a full reload, as the forms' server
// actions do. Without JavaScript they are ordinary links.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function SoftNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || link.target || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.hash !== '') return;
      event.preventDefault();
      router.push(url.pathname + url.search);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
    };
  }, [router]);
  return null;
}
