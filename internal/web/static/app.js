// pairedt serve: optional enhancements. Every page works without this
// script; it only hides the fields that do not apply, fits the report's
// frame to its content and lets a file be dropped on the upload box.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  function sync(form) {
    var layout = form.querySelector("input[name=layout]:checked");
    var kind = form.querySelector("input[name=kind]:checked");
    form.querySelectorAll("[data-layout]").forEach(function (el) {
      el.toggleAttribute("data-hidden", !!layout && el.getAttribute("data-layout") !== layout.value);
    });
    form.querySelectorAll("[data-kind]").forEach(function (el) {
      el.toggleAttribute("data-hidden", !!kind && el.getAttribute("data-kind") !== kind.value);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.settings").forEach(function (f) {
      sync(f);
      f.addEventListener("change", function () { sync(f); });
    });
    var frame = document.getElementById("report");
    if (frame) {
      var fit = function () {
        try {
          var d = frame.contentDocument;
          if (d && d.documentElement) {
            frame.style.height = (d.documentElement.offsetHeight + 8) + "px";
          }
        } catch (e) { /* keep the fixed height */ }
      };
      frame.addEventListener("load", fit);
      window.addEventListener("resize", fit);
      fit();
    }
    var box = document.querySelector("form.upload");
    if (box) {
      var input = box.querySelector("input[type=file]");
      ["dragenter", "dragover"].forEach(function (t) {
        box.addEventListener(t, function (e) { e.preventDefault(); box.classList.add("dragover"); });
      });
      ["dragleave", "drop"].forEach(function (t) {
        box.addEventListener(t, function () { box.classList.remove("dragover"); });
      });
      box.addEventListener("drop", function (e) {
        e.preventDefault();
        if (e.dataTransfer && e.dataTransfer.files.length) {
          input.files = e.dataTransfer.files;
          box.submit();
        }
      });
    }
  });
})();
