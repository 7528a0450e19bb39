// Suggestions under every search field marked data-rustok-suggest, from the search API, as an ARIA combobox:
// arrows move through them, Enter opens one (or searches), Escape closes. Listeners sit on the document, so fields
// that enhanced navigation puts in later work without being found again.
(() => {
  const pending = new WeakMap();
  const listOf = (input) => document.getElementById(input.getAttribute('aria-controls'));
  const options = (input) => [...(listOf(input)?.querySelectorAll('[role="option"]') ?? [])];

  const close = (input) => {
    const list = listOf(input);
    if (list) { list.hidden = true; list.replaceChildren(); }
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const option = (list, index, href, html, className) => {
    const li = document.createElement('li');
    li.id = `${list.id}-${index}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    if (className) li.className = className;
    const a = document.createElement('a');
    a.href = href;
    a.tabIndex = -1;
    a.innerHTML = html;
    li.append(a);
    return li;
  };

  const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  const show = (input, words, hits) => {
    const list = listOf(input);
    if (!list || input.value.trim() !== words) return; // a later keystroke has already asked again
    const items = hits.map((hit, i) => option(list, i, hit.url,
      `<span>${escape(hit.title)}</span>${hit.snippetHtml ? `<small>${hit.snippetHtml}</small>` : ''}`));
    if (hits.length === 0) {
      const none = document.createElement('li');
      none.className = 'rustok-search-suggest-none';
      none.textContent = input.dataset.suggestNone;
      items.push(none);
    }
    const all = new URL('search', document.baseURI);
    all.searchParams.set('q', words);
    items.push(option(list, hits.length, all.href, escape(input.dataset.suggestAll.replace('{0}', words)), 'rustok-search-suggest-all'));
    list.replaceChildren(...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const ask = async (input) => {
    const words = input.value.trim();
    if (words.length < 2) { close(input); return; }
    const url = new URL('api/v1/search', document.baseURI);
    url.searchParams.set('q', words);
    url.searchParams.set('pageSize', '6');
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      // Unavailable or refused: no suggestions, and the form still searches on Enter.
      show(input, words, response.ok ? (await response.json()).items ?? [] : []);
    } catch {
      close(input);
    }
  };

  const move = (input, step) => {
    const all = options(input);
    if (all.length === 0) return;
    const current = all.findIndex((o) => o.getAttribute('aria-selected') === 'true');
    const next = (current + step + all.length) % all.length;
    all.forEach((o, i) => o.setAttribute('aria-selected', i === next ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', all[next].id);
    all[next].scrollIntoView({ block: 'nearest' });
  };

  const field = (e) => e.target instanceof HTMLInputElement && e.target.hasAttribute('data-rustok-suggest') ? e.target : null;

  document.addEventListener('input', (e) => {
    const input = field(e);
    if (!input) return;
    clearTimeout(pending.get(input));
    pending.set(input, setTimeout(() => ask(input), 150));
  });

  document.addEventListener('keydown', (e) => {
    const input = field(e);
    if (!input) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); move(input, e.key === 'ArrowDown' ? 1 : -1); }
    else if (e.key === 'Escape') close(input);
    else if (e.key === 'Enter') {
      const chosen = options(input).find((o) => o.getAttribute('aria-selected') === 'true');
      if (chosen) { e.preventDefault(); window.location.href = chosen.querySelector('a').href; }
    }
  });

  // Facets fold away on a narrow screen, where the results should come first (open without script). The script
  // loads at the end of the body, so the page's own facets are there; enhanced navigation brings later ones.
  const fold = () => document.querySelectorAll('details[data-rustok-fold-narrow]').forEach((d) => {
    if (!d.dataset.folded && matchMedia('(max-width: 959.98px)').matches) { d.open = false; d.dataset.folded = '1'; }
  });
  window.Blazor?.addEventListener?.('enhancedload', fold);
  fold();

  // Closed when focus leaves the field, late enough for a click on a suggestion to land first.
  document.addEventListener('focusout', (e) => {
    const input = field(e);
    if (input) setTimeout(() => { if (document.activeElement !== input) close(input); }, 200);
  });
})();

// Ctrl+K (⌘K on a Mac) opens the admin's global search from anywhere in the admin: the visible opener is clicked.
document.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return;
  const opener = [...document.querySelectorAll('[data-admin-search-open]')].find((element) => element.offsetParent !== null);
  if (!opener) return;
  event.preventDefault();
  opener.click();
});
