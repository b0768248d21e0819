/*
 * Where the keyboard's focus goes in the console, and how a field names its error (WCAG 2.4.3, 3.3.1):
 * - a field refused is described by its message (aria-describedby) and marked aria-invalid;
 * - after a request that was refused, focus moves to the first refused field, or to the summary of
 *   problems at the top when none of them has a field;
 * - after an action that re-rendered the control that started it, focus goes to the area the control
 *   names in data-fc-focus (the claim's status after a move), else back to the control, never to <body>;
 *   the same after a form sent without ajax (Apply on the claims list: the results), once the new page is in;
 * - a dialog closed gives focus back to what opened it.
 */
(function () {
    'use strict';

    var started = null;
    // the last button or link that sent a request: PrimeFaces disables it while the request runs, so
    // focus is on <body> by the time its oncomplete opens a dialog
    var lastAction = null;

    function byId(id) {
        return id ? document.getElementById(id) : null;
    }

    function shown(el) {
        return !!el && el.getClientRects().length > 0;
    }

    /** The element of a component that takes focus: itself, its PrimeFaces focus proxy, or its first field. */
    function focusTarget(el) {
        if (!el) {
            return null;
        }
        if (el.matches('input:not([type=hidden]), select, textarea, button, a[href], [tabindex]') && shown(el)
                && !el.closest('.ui-helper-hidden-accessible')) {
            return el;
        }
        var holder = byId(el.id && el.id.replace(/_input$/, '')) || el;
        var proxy = byId(holder.id + '_focus');
        if (shown(proxy) || (proxy && proxy.closest('.ui-helper-hidden-accessible') && shown(holder))) {
            return proxy;
        }
        // PrimeFaces 14's menus take the keyboard on their label (tabindex=0), their select stays hidden
        return Array.prototype.find.call(holder.querySelectorAll(
            'input:not([type=hidden]), select, textarea, button, [tabindex="0"]'), shown) || null;
    }

    /** Each field's error message describes the field, for screen readers. */
    function describeRefusals() {
        document.querySelectorAll('.ui-message.ui-message-error[data-target]').forEach(function (message) {
            var field = focusTarget(byId(message.getAttribute('data-target')));
            if (field && message.id) {
                field.setAttribute('aria-describedby', message.id);
                field.setAttribute('aria-invalid', 'true');
            }
        });
    }

    /** A table that scrolls sideways (at tablet width) takes focus, so the keyboard can scroll it too. */
    function scrollableTables() {
        document.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth + 1) {
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                box.setAttribute('aria-label', 'Table, scrolls sideways');
            } else if (box.getAttribute('role') === 'region') {
                box.removeAttribute('tabindex');
                box.removeAttribute('role');
                box.removeAttribute('aria-label');
            }
        });
    }

    /** The first refused field in the open dialog, else on the page. */
    function firstRefused() {
        var dialog = Array.prototype.find.call(document.querySelectorAll('.ui-dialog'), shown);
        var scope = dialog || document;
        var refused = scope.querySelectorAll('.ui-message.ui-message-error[data-target], [aria-invalid=true]');
        for (var i = 0; i < refused.length; i++) {
            var el = refused[i].hasAttribute('data-target') ? byId(refused[i].getAttribute('data-target')) : refused[i];
            var target = focusTarget(el);
            if (target) {
                return target;
            }
        }
        return null;
    }

    function problemsSummary() {
        var summary = byId('problems');
        return summary && summary.querySelector('.ui-messages-error, .ui-messages-warn, .ui-messages-fatal')
            ? summary : null;
    }

    function focus(el) {
        if (!el) {
            return false;
        }
        if (!el.matches('input, select, textarea, button, a[href], [tabindex]')) {
            el.setAttribute('tabindex', '-1');
        }
        el.focus();
        return document.activeElement === el;
    }

    /** After a refusal: the field, else the summary. Returns whether there was one. */
    function focusRefusal() {
        var field = firstRefused();
        if (field) {
            return focus(field);
        }
        var summary = problemsSummary();
        return summary ? focus(summary) : false;
    }

    function lost() {
        return !document.activeElement || document.activeElement === document.body;
    }

    // what started a request: an action (a button or link: its outcome moves focus) or a field's own
    // update (choosing in a menu: focus stays where the person is)
    $(document).on('pfAjaxSend', function () {
        var el = document.activeElement;
        var named = el && el.closest ? el.closest('[data-fc-focus]') : null;
        started = el && el !== document.body ? {
            id: el.id,
            action: el.matches('button, a, input[type=submit], input[type=button]'),
            then: named ? named.getAttribute('data-fc-focus') : null
        } : null;
        if (started && started.action) {
            lastAction = el;
        }
    });

    $(document).on('pfAjaxComplete', function () {
        var from = started;
        started = null;
        // after PrimeFaces has replaced the updated markup and run its scripts
        setTimeout(function () {
            describeRefusals();
            scrollableTables();
            if (from && from.action && focusRefusal()) {
                return;
            }
            if (from && (lost() || (from.action && from.then))) {
                focus(byId(from.then)) || focus(focusTarget(byId(from.id)));
            }
        }, 0);
    });

    /**
     * Focuses a button as soon as it can take focus: PrimeFaces enables the button that opened a dialog
     * again only some time after its request, and Escape may come first (at most 2 s).
     */
    function focusOnceEnabled(el, tries) {
        if (!lost()) {
            return; // the person has moved on meanwhile
        }
        if (el.disabled && tries > 0 && document.contains(el)) {
            setTimeout(function () {
                focusOnceEnabled(el, tries - 1);
            }, 50);
            return;
        }
        el.focus();
    }

    /** What opened the dialog this element is in, if it is in one. */
    function openerOf(el) {
        var box = el.closest && el.closest('.ui-dialog');
        var widgets = box && window.PrimeFaces ? PrimeFaces.widgets : {};
        for (var name in widgets) {
            var w = widgets[name];
            if (w && w.jq && w.jq[0] === box && w.fcOpenerElement && w.fcOpenerElement !== el) {
                return w.fcOpenerElement;
            }
        }
        return null;
    }

    // a dialog closed (Escape, its close button, or its action) gives focus back to what opened it
    if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog) {
        var dialog = PrimeFaces.widget.Dialog.prototype;
        var show = dialog.show;
        var hide = dialog.hide;
        dialog.show = function () {
            var el = lost() && lastAction && document.contains(lastAction) ? lastAction : document.activeElement;
            if (el && el !== document.body && !(this.jq && this.jq[0] && this.jq[0].contains(el))) {
                this.fcOpener = el.id || null;
                this.fcOpenerElement = el;
            }
            return show.apply(this, arguments);
        };
        dialog.hide = function () {
            var result = hide.apply(this, arguments);
            var opener = this.fcOpenerElement;
            var id = this.fcOpener;
            setTimeout(function () {
                // opened from a dialog closed meanwhile (Reject… in the preview): back to what opened that one
                for (var hops = 0; hops < 5 && opener && !shown(opener) && openerOf(opener); hops++) {
                    opener = openerOf(opener);
                    id = opener.id || id;
                }
                if (opener && document.contains(opener) && shown(opener)) {
                    focusOnceEnabled(opener, 40);
                } else if (lost() || document.activeElement.closest('.ui-dialog')) {
                    focus(focusTarget(byId(id)));
                }
            }, 50);
            return result;
        };
    }

    // a form sent as a whole page: the button's data-fc-focus is where focus goes on the page that follows
    var NEXT = 'fc-focus-next';
    document.addEventListener('submit', function (e) {
        var named = e.submitter && e.submitter.closest('[data-fc-focus]');
        try {
            if (named) {
                sessionStorage.setItem(NEXT, named.getAttribute('data-fc-focus'));
            } else {
                sessionStorage.removeItem(NEXT);
            }
        } catch (ignored) {
            // storage off: focus starts at the top, as on any page
        }
    });

    function pendingFocus() {
        try {
            var id = sessionStorage.getItem(NEXT);
            sessionStorage.removeItem(NEXT);
            return id;
        } catch (ignored) {
            return null;
        }
    }

    $(window).on('resize', scrollableTables);

    $(function () {
        describeRefusals();
        scrollableTables();
        var next = pendingFocus();
        if (!(problemsSummary() && focusRefusal()) && next) {
            focus(byId(next));
        }
    });
}());
