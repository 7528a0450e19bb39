// The shop's two bits of script, both optional: a filter change applies at once, and the variant picker swaps the
// price, stock, SKU and picture in place. Listeners sit on the document, so pages that enhanced navigation brings
// in later work without being found again.
(() => {
  const variantsOf = (form) => JSON.parse(form.querySelector('[data-variants]')?.textContent ?? '[]');

  const chosen = (form) => [...form.querySelectorAll('fieldset')].map((set) => set.querySelector('input:checked')?.value ?? null);

  const show = (form, variant) => {
    const product = form.closest('[data-testid="product"]');
    if (!product || !variant) return;
    product.querySelector('[data-price]').textContent = variant.price;
    const was = product.querySelector('[data-price-was]');
    if (was) { was.textContent = variant.was ?? ''; was.hidden = !variant.was; }
    product.querySelector('[data-price]').classList.toggle('rustok-price-sale', !!variant.was);
    const stock = product.querySelector('[data-stock]');
    if (stock) { stock.textContent = variant.stockText; stock.className = `rustok-stock rustok-stock-${variant.stock}`; }
    const sku = product.querySelector('[data-sku]');
    if (sku) sku.textContent = variant.sku;
    const image = product.querySelector('[data-variant-image] img');
    if (image && variant.image) { image.removeAttribute('srcset'); image.src = variant.image; }
    const url = new URL(location.href);
    [...url.searchParams.keys()].filter((k) => k.startsWith('option')).forEach((k) => url.searchParams.delete(k));
    url.searchParams.set('variant', variant.id);
    history.replaceState(history.state, '', url);
  };

  // Filters fold away on a phone, on the first page and on every page enhanced navigation brings in.
  const fold = () => {
    if (!matchMedia('(max-width: 960px)').matches) return;
    document.querySelectorAll('[data-shop-aside][open]').forEach((aside) => aside.removeAttribute('open'));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fold); else fold();
  window.Blazor?.addEventListener?.('enhancedload', fold);

  document.addEventListener('change', (event) => {
    const picker = event.target.closest?.('[data-variant-picker]');
    if (picker) {
      const values = chosen(picker);
      const same = (a, b) => a?.toLowerCase() === b?.toLowerCase();
      show(picker, variantsOf(picker).find((v) => values.every((value, i) => value === null || same(v.options[i], value))));
      return;
    }
    const filters = event.target.closest?.('[data-shop-filters]');
    // Typing a price waits for the field to be left (a change event); boxes and the order apply at once.
    if (filters) filters.requestSubmit();
  });
})();
