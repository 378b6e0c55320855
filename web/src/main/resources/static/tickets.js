// Caseload reference web host: the ticket form. Shows the screenshot report.js took of the page the
// user came from (they may remove it before sending), and suggests knowledge-base articles while they
// write: the suggestions page's list is parsed as inert markup and taken in. A draft is kept while the
// user reads a suggested article, so coming back loses nothing.
(function () {
  "use strict";

  var SHOT = "caseload.ticketScreenshot";
  var DRAFT = "caseload.ticketDraft";
  var DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+\/=]+$/;
  var PATH = /^\/[A-Za-z0-9._~\/-]{0,199}$/;

  var form = document.getElementById("ticket-form");
  if (!form) {
    return;
  }
  var data = document.getElementById("screenshot-data");
  var preview = document.getElementById("screenshot-preview");
  var image = document.getElementById("screenshot-image");
  var none = document.getElementById("screenshot-none");
  var remove = document.getElementById("screenshot-remove");
  var page = document.getElementById("ticket-page");
  var pageShown = document.getElementById("context-page");
  var description = document.getElementById("field-description");
  var box = document.getElementById("suggestions");
  var list = document.getElementById("suggestion-list");
  var suggestionId = document.getElementById("ticket-suggestion");

  function take(key) {
    try {
      var value = JSON.parse(window.sessionStorage.getItem(key) || "null");
      window.sessionStorage.removeItem(key);
      return value && typeof value === "object" ? value : null;
    } catch (unreadable) {
      return null;
    }
  }

  function setPage(path) {
    if (typeof path === "string" && PATH.test(path)) {
      page.value = path;
      pageShown.textContent = path;
    }
  }

  function showScreenshot() {
    var present = DATA_URL.test(data.value);
    if (present) {
      image.src = data.value;
    } else {
      data.value = "";
      image.removeAttribute("src");
    }
    preview.hidden = !present;
    remove.hidden = !present;
    none.hidden = present;
  }

  var draft = take(DRAFT);
  if (draft && draft.kind === form.dataset.kind && draft.screen === form.dataset.screen && !description.value) {
    description.value = typeof draft.description === "string" ? draft.description : "";
    if (typeof draft.screenshot === "string") {
      data.value = draft.screenshot;
    }
    setPage(draft.page);
  }
  var shot = take(SHOT);
  if (shot && !data.value && typeof shot.image === "string" && DATA_URL.test(shot.image)) {
    data.value = shot.image;
    setPage(shot.path);
  }
  showScreenshot();
  remove.addEventListener("click", function () {
    data.value = "";
    showScreenshot();
    none.setAttribute("tabindex", "-1");
    none.focus();
  });

  var timer = null;
  var asked = "";

  function suggest() {
    var text = description.value.trim().substring(0, 500);
    if (text.length < 3 || text === asked) {
      return;
    }
    asked = text;
    var url = "/tickets/suggestions?kind=" + encodeURIComponent(form.dataset.kind) + "&screen="
        + encodeURIComponent(form.dataset.screen) + "&text=" + encodeURIComponent(text);
    window.fetch(url, { credentials: "same-origin" }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(new Error("suggestions: " + response.status));
    }).then(function (html) {
      var found = new DOMParser().parseFromString(html, "text/html").getElementById("ticket-suggestions");
      list.textContent = "";
      if (!found || found.children.length === 0) {
        box.hidden = true;
        return;
      }
      list.appendChild(document.importNode(found, true));
      if (found.getAttribute("data-suggestion")) {
        suggestionId.value = found.getAttribute("data-suggestion");
      }
      box.hidden = false;
    }).catch(function () {
      box.hidden = true;
    });
  }

  description.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 400);
  });
  list.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest("a")) {
      return;
    }
    try {
      window.sessionStorage.setItem(DRAFT, JSON.stringify({ kind: form.dataset.kind, screen: form.dataset.screen,
        description: description.value, screenshot: data.value, page: page.value }));
    } catch (tooLarge) {
      window.sessionStorage.removeItem(DRAFT);
    }
  });
  if (description.value) {
    suggest();
  }
})();
