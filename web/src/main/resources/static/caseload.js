// Caseload reference web host: keyboard shortcuts, the shortcut list and the Help menu.
// Served as a file (the Content-Security-Policy runs no inline script); pages work without it.
(function () {
  "use strict";

  // Actions every page knows; a page adds its own with data-shortcut="actionId" on a control,
  // which the shortcut focuses (a field) or clicks (a button or link).
  var builtIn = {
    "client.search": function () { window.location.assign("/clients"); },
    "help.open": function () { openHelpMenu(); },
    "help.search": function () { window.location.assign("/help"); },
    "navigation.back": function () { window.history.back(); }
  };

  var symbols = { "\u2318": "meta", "\u2325": "alt", "\u21e7": "shift", "\u2303": "ctrl" };

  // "Ctrl+Shift+A", "Alt+Left", "F1" or "\u2318\u21e7A" as the help module labels them.
  function parse(label) {
    var combo = { ctrl: false, alt: false, shift: false, meta: false, key: "" };
    var rest = label;
    while (rest.length > 1 && symbols[rest.charAt(0)]) {
      combo[symbols[rest.charAt(0)]] = true;
      rest = rest.substring(1);
    }
    var parts = rest.split("+");
    combo.key = parts.pop().toLowerCase();
    parts.forEach(function (part) {
      var name = part.toLowerCase();
      if (name === "ctrl" || name === "control") { combo.ctrl = true; }
      if (name === "alt" || name === "option") { combo.alt = true; }
      if (name === "shift") { combo.shift = true; }
      if (name === "cmd" || name === "meta") { combo.meta = true; }
    });
    return combo;
  }

  function keyName(event) {
    var key = event.key.toLowerCase();
    if (key === "arrowleft") { return "left"; }
    if (key === "arrowright") { return "right"; }
    return key;
  }

  function matches(combo, event) {
    return combo.key === keyName(event) && combo.ctrl === event.ctrlKey && combo.alt === event.altKey
      && combo.meta === event.metaKey && combo.shift === event.shiftKey;
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
  }

  function openShortcuts() {
    var dialog = document.getElementById("shortcuts-dialog");
    if (dialog && !dialog.open) { dialog.showModal(); }
  }

  function openHelpMenu() {
    var menu = document.getElementById("help-menu");
    if (!menu) { return; }
    menu.open = true;
    var first = menu.querySelector("ul a, ul button");
    if (first) { first.focus(); }
  }

  function run(action) {
    var control = document.querySelector('[data-shortcut="' + action + '"]');
    if (control) {
      if (typing(control)) { control.focus(); } else { control.click(); }
      return true;
    }
    if (builtIn[action]) { builtIn[action](); return true; }
    return false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var shortcuts = [];
    document.querySelectorAll("[data-shortcut-action]").forEach(function (row) {
      shortcuts.push({ action: row.getAttribute("data-shortcut-action"), combo: parse(row.getAttribute("data-keys")) });
    });

    document.addEventListener("keydown", function (event) {
      if (event.key === "?" && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        openShortcuts();
        return;
      }
      for (var i = 0; i < shortcuts.length; i++) {
        var shortcut = shortcuts[i];
        var plainKey = !shortcut.combo.ctrl && !shortcut.combo.meta && !shortcut.combo.alt
          && shortcut.combo.key.length === 1;
        if (plainKey && typing(event.target)) { continue; }
        if (matches(shortcut.combo, event) && run(shortcut.action)) {
          event.preventDefault();
          return;
        }
      }
    });

    document.querySelectorAll("[data-opens]").forEach(function (button) {
      button.addEventListener("click", function () {
        var dialog = document.getElementById(button.getAttribute("data-opens"));
        if (dialog) { dialog.showModal(); }
      });
    });

    // A Help menu closes with Escape and when focus or a click goes elsewhere.
    var menu = document.getElementById("help-menu");
    if (menu) {
      menu.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.open) {
          menu.open = false;
          menu.querySelector("summary").focus();
        }
      });
      document.addEventListener("click", function (event) {
        if (menu.open && !menu.contains(event.target)) { menu.open = false; }
      });
    }
  });
}());
