// Progressive enhancement of the main menu. Without this script the menu is simply open everywhere; with it the menu
// folds behind its "Menu" button on narrow screens and is always open beside the content on wide ones.
(function () {
    var menu = document.querySelector('.schakel-menu');
    if (!menu || !window.matchMedia) {
        return;
    }
    var wide = window.matchMedia('(min-width: 64em)');
    function fit() {
        menu.open = wide.matches;
    }
    fit();
    if (wide.addEventListener) {
        wide.addEventListener('change', fit);
    }
})();
