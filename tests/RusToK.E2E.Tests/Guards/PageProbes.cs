namespace RusToK.E2E.Tests.Guards;

/// <summary>Scripts run in the page: what a person would see as broken layout, and the texts of the page's controls.</summary>
public static class PageProbes
{
    /// <summary>
    /// Sideways scrolling (the page wider than the window, naming the innermost elements that stick out, outside any
    /// scroll container of their own) and text cut off by a container that hides overflow without an ellipsis.
    /// </summary>
    public const string LayoutProblems = """
        () => {
          const problems = [];
          const width = document.documentElement.clientWidth;
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + [...el.classList].slice(0, 3).map(c => '.' + c).join('') + ' "' + (el.innerText || '').trim().slice(0, 40) + '"';
          const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
          const insideScroller = el => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o !== 'visible') return true;
            }
            return false;
          };
          if (document.documentElement.scrollWidth > width + 1) {
            const wide = [...document.body.querySelectorAll('*')]
              .filter(el => visible(el) && el.getBoundingClientRect().right > width + 1 && !insideScroller(el));
            const innermost = wide.filter(el => !wide.some(other => other !== el && el.contains(other)));
            problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window: ` + innermost.slice(0, 3).map(describe).join('; '));
          }
          for (const el of document.body.querySelectorAll('*')) {
            const style = getComputedStyle(el);
            if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
            // Text for screen readers only is clipped to a pixel on purpose.
            if (style.textOverflow === 'ellipsis' || !visible(el) || el.clientWidth <= 1 || el.matches('.mud-sr-only, .sr-only')) continue;
            if (![...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
            if (el.scrollWidth > el.clientWidth + 1) problems.push('text cut off: ' + describe(el));
          }
          return problems;
        }
        """;

    /// <summary>
    /// What the interface itself says: buttons, labels, headers, menus, dialog titles, messages, placeholders and
    /// the names given to assistive technology, in the page's body. Text people wrote (titles, names) is marked
    /// <c>translate="no"</c> or sits in an article, and is left out.
    /// </summary>
    public const string InterfaceTexts = """
        (withHeadings) => {
          const texts = [];
          const skip = el => el.closest('[translate=no], article, code, pre, [data-user-text]');
          const selectors = 'button, [role=button], th, label, legend, .mud-input-label, .mud-input-helper-text, .mud-nav-link-text,'
            + ' .mud-dialog-title, .mud-snackbar, .mud-alert-message, .mud-tab, .mud-table-pagination-caption, .mud-table-empty-row'
            + (withHeadings ? ', h1, h2, h3' : '');
          for (const el of document.body.querySelectorAll(selectors)) {
            if (!skip(el) && el.innerText && el.getClientRects().length) texts.push(el.innerText.trim());
          }
          // Alternative texts are written by people, with the image; the head's titles are the items' own names.
          for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title]')) {
            if (skip(el)) continue;
            for (const name of ['placeholder', 'aria-label', 'title']) {
              const value = el.getAttribute(name);
              if (value) texts.push(value.trim());
            }
          }
          return texts.filter(t => t.length > 0);
        }
        """;
}
