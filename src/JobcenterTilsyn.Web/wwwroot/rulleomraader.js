// Scrollable regions must be reachable by keyboard (WCAG 2.1.1; axe "scrollable-region-focusable"). A table box that
// scrolls (on a phone, or a wide table in a narrow card) and holds nothing focusable gets a tab stop, the role region and
// a name from the nearest heading; when it stops scrolling it loses them again. Done once for the whole app, so no page
// has to remember it. Explicit regions (Rulleomraade, .jt-rul) carry their own.
(() => {
  // Table boxes, chart surfaces (wide charts scroll on a phone rather than shrink their text) and the report's tables.
  const bokse = '.mud-table-container, .diagram-flade, .rapport-tabel';
  const fokuserbare = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
  const overskrifter = 'h1, h2, h3, h4, h5, h6';

  function navn(boks) {
    const titel = boks.closest('figure')?.querySelector('figcaption')?.textContent?.trim();
    if (titel) return titel;
    for (let n = boks; n && n !== document.body; n = n.parentElement) {
      for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
        if (s.matches(overskrifter)) return s.textContent.trim();
        const inde = s.querySelectorAll(overskrifter);
        if (inde.length > 0) return inde[inde.length - 1].textContent.trim();
      }
    }
    return 'Tabel';
  }

  function opdater() {
    for (const boks of document.querySelectorAll(bokse)) {
      const ruller = boks.scrollWidth > boks.clientWidth + 1 || boks.scrollHeight > boks.clientHeight + 1;
      const markeret = boks.dataset.jtRul === 'true';
      if (ruller && !boks.querySelector(fokuserbare)) {
        if (!markeret) {
          boks.tabIndex = 0;
          boks.setAttribute('role', 'region');
          boks.setAttribute('aria-label', navn(boks) + ' (kan rulles)');
          boks.dataset.jtRul = 'true';
        }
      } else if (markeret && !(ruller && boks === document.activeElement)) {
        boks.removeAttribute('tabindex');
        boks.removeAttribute('role');
        boks.removeAttribute('aria-label');
        delete boks.dataset.jtRul;
      }
    }
  }

  let planlagt = false;
  const planlaeg = () => {
    if (planlagt) return;
    planlagt = true;
    requestAnimationFrame(() => { planlagt = false; opdater(); });
  };
  new MutationObserver(planlaeg).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('resize', planlaeg);
  planlaeg();
})();
