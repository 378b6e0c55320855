// Caseload reference web host: "Report an issue", "Ask a question" and "Make a suggestion" first take
// a screenshot of the page the user is on (html2canvas, loaded only then), which the ticket form shows
// and the user may remove before sending. Only the page's path goes along, never its query (a search
// may hold a client's name). Without script, or when the capture fails, the links just open the form.
(function () {
  "use strict";

  var KEY = "caseload.ticketScreenshot";
  var loading = null;

  function html2canvasLoaded() {
    if (window.html2canvas) {
      return Promise.resolve(window.html2canvas);
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = "/static/vendor/html2canvas.min.js";
        script.addEventListener("load", function () { resolve(window.html2canvas); });
        script.addEventListener("error", reject);
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function forget() {
    try { window.sessionStorage.removeItem(KEY); } catch (unavailable) { /* private mode: nothing kept */ }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='/tickets/new']") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    var menu = document.getElementById("help-menu");
    if (menu) {
      menu.open = false;
    }
    forget();
    var go = function () { window.location.assign(link.href); };
    html2canvasLoaded().then(function (capture) {
      // html2canvas draws a closed <details> menu or <dialog> as if open: leave them out.
      return capture(document.body, { logging: false, scale: 1, backgroundColor: "#ffffff",
        ignoreElements: function (element) {
          return (element.tagName === "DIALOG" && !element.open)
            || (element.parentElement !== null && element.parentElement.tagName === "DETAILS"
              && !element.parentElement.open && element.tagName !== "SUMMARY");
        } });
    }).then(function (canvas) {
      try {
        window.sessionStorage.setItem(KEY, JSON.stringify({
          path: window.location.pathname,
          image: canvas.toDataURL("image/jpeg", 0.85)
        }));
      } catch (tooLarge) {
        forget();
      }
    }).then(go, go);
  });
})();
