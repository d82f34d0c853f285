// Progressive enhancement of the shared layout; every page works without it.
(function () {
    // The main menu and the account links fold behind a button on narrow screens and are always open on wide ones
    // (from the width in data-open-from). Without this script they are simply open everywhere.
    var folds = document.querySelectorAll('details.schakel-fold[data-open-from]');
    for (var f = 0; f < folds.length && window.matchMedia; f++) {
        (function (fold) {
            var wide = window.matchMedia('(min-width: ' + fold.getAttribute('data-open-from') + ')');
            var fit = function () { fold.open = wide.matches; };
            fit();
            if (wide.addEventListener) {
                wide.addEventListener('change', fit);
            }
        })(folds[f]);
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
