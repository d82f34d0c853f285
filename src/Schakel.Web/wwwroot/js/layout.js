// Progressive enhancement of the shared layout; every page works without it.
(function () {
    // The main menu folds behind its "Menu" button on narrow screens and is always open beside the content on wide
    // ones. Without this script the menu is simply open everywhere.
    var menu = document.querySelector('.schakel-menu');
    if (menu && window.matchMedia) {
        var wide = window.matchMedia('(min-width: 64em)');
        var fit = function () { menu.open = wide.matches; };
        fit();
        if (wide.addEventListener) {
            wide.addEventListener('change', fit);
        }
    }

    // A table wider than the screen scrolls inside its wrapper; keyboard users need to reach that scroll area, so a
    // wrapper that actually overflows becomes a named, focusable region.
    var wraps = document.querySelectorAll('.schakel-table-wrap');
    for (var i = 0; i < wraps.length; i++) {
        var wrap = wraps[i];
        if (wrap.scrollWidth > wrap.clientWidth && !wrap.hasAttribute('tabindex')) {
            var caption = wrap.querySelector('caption');
            wrap.setAttribute('tabindex', '0');
            wrap.setAttribute('role', 'region');
            wrap.setAttribute('aria-label', caption && caption.textContent.trim() ? caption.textContent.trim() : 'Tabel');
        }
    }
})();
