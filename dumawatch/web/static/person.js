// Curation on a person page: merge with other people, split documents off, rename. Each is an
// authorised JSON write (the token from this tab's sessionStorage, asked for when missing),
// then the page of the resulting person opens. No inline script: the CSP forbids it.
"use strict";

(() => {
  const TOKEN_KEY = "dumawatch.token";

  function askToken() {
    let value = sessionStorage.getItem(TOKEN_KEY) || "";
    if (!value) {
      value = (window.prompt("Токен API (DUMAWATCH_API_TOKEN):") || "").trim();
      if (value) sessionStorage.setItem(TOKEN_KEY, value);
    }
    return value;
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + askToken() },
      body: JSON.stringify(body),
    });
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      /* not JSON */
    }
    if (!response.ok) {
      const detail = data && typeof data.detail === "string" ? data.detail : response.statusText;
      throw new Error(response.status + ": " + detail);
    }
    return data;
  }

  function setup() {
    const box = document.getElementById("curation");
    if (!box) return;
    const key = box.dataset.key;
    const status = document.getElementById("curation-status");
    const base = "/api/people/" + encodeURIComponent(key);

    async function run(action) {
      if (!askToken()) return;
      status.textContent = "Сохраняю…";
      status.className = "status";
      try {
        const person = await action();
        window.location.assign("/people/" + encodeURIComponent(person.key));
      } catch (error) {
        status.textContent = "Не удалось: " + error.message;
        status.className = "status error";
      }
    }

    document.getElementById("merge-button").addEventListener("click", () => {
      const others = document.getElementById("merge-keys").value.split(",")
        .map((s) => s.trim()).filter(Boolean);
      if (!others.length) return;
      run(() => post(base + "/merge", { keys: others }));
    });
    document.getElementById("split-button").addEventListener("click", () => {
      const documents = Array.from(document.querySelectorAll("input.split-doc:checked"))
        .map((input) => input.value);
      if (!documents.length) {
        status.textContent = "Отметьте документы в списке упоминаний.";
        return;
      }
      run(() => post(base + "/split", { documents }));
    });
    document.getElementById("rename-button").addEventListener("click", () => {
      const name = document.getElementById("rename-name").value.trim();
      if (name) run(() => post(base + "/rename", { name }));
    });
  }

  document.addEventListener("DOMContentLoaded", setup);
})();
