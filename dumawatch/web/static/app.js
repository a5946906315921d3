// dumawatch web UI: the few things plain HTML cannot do under the server's
// Content-Security-Policy (no inline scripts or style attributes): authorised JSON writes and
// the heights of histogram bars.
"use strict";

// The API token lives in sessionStorage: gone when the tab closes, and never shared with other
// tabs or later visits, unlike localStorage.
const TOKEN_KEY = "dumawatch.token";

function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

function saveToken(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: {
      "Content-Type": "application/json",
      Authorization: "Bearer " + token(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const data = await response.json();
      detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
    } catch (e) {
      /* not JSON */
    }
    throw new Error(response.status + ": " + detail);
  }
  return response.status === 204 ? null : response.json();
}

function list(text) {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

async function watchlistId(name) {
  const { watchlists } = await api("GET", "/api/watchlists");
  const found = watchlists.find((w) => w.name === name);
  return found ? found.id : (await api("POST", "/api/watchlists", { name })).id;
}

function setupWatchlists() {
  const tokenForm = document.getElementById("token-form");
  const addForm = document.getElementById("add-entry");
  if (!addForm) return;
  const tokenInput = document.getElementById("token");
  tokenInput.value = token();
  tokenForm.addEventListener("submit", (event) => {
    event.preventDefault();
    saveToken(tokenInput.value.trim());
  });
  const status = document.getElementById("add-status");
  addForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (tokenInput.value.trim()) saveToken(tokenInput.value.trim());
    status.textContent = "Сохраняю…";
    status.className = "status";
    try {
      const id = await watchlistId(document.getElementById("wl-name").value.trim());
      await api("POST", `/api/watchlists/${id}/entries`, {
        name: document.getElementById("entry-name").value.trim(),
        aliases: list(document.getElementById("entry-aliases").value),
        posts: list(document.getElementById("entry-posts").value),
      });
      status.textContent = "Добавлено.";
      window.location.reload();
    } catch (error) {
      status.textContent = "Не удалось: " + error.message;
      status.className = "status error";
    }
  });
  // Editing an entry replaces its name, aliases, posts and regions with the form's.
  document.querySelectorAll("form.edit-entry").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (tokenInput.value.trim()) saveToken(tokenInput.value.trim());
      status.textContent = "Сохраняю…";
      status.className = "status";
      try {
        await api("PATCH", `/api/watchlists/${form.dataset.watchlist}/entries/${form.dataset.entry}`, {
          name: form.elements.name.value.trim(),
          aliases: list(form.elements.aliases.value),
          posts: list(form.elements.posts.value),
          regions: list(form.elements.regions.value),
        });
        window.location.reload();
      } catch (error) {
        status.textContent = "Не удалось: " + error.message;
        status.className = "status error";
      }
    });
  });
  document.querySelectorAll("button.remove").forEach((button) => {
    button.addEventListener("click", async () => {
      try {
        await api("DELETE", `/api/watchlists/${button.dataset.watchlist}/entries/${button.dataset.entry}`);
        window.location.reload();
      } catch (error) {
        status.textContent = "Не удалось: " + error.message;
        status.className = "status error";
      }
    });
  });
}

// «Следить» on a person page: the person goes into the «Основной» list (made if missing), with
// the key as an alias so the entry matches exactly the person the page shows. Without a token in
// this tab it asks for one first.
function setupFollow() {
  const button = document.getElementById("follow");
  if (!button) return;
  const status = document.getElementById("follow-status");
  button.addEventListener("click", async () => {
    if (!token()) {
      const given = window.prompt("Токен API (DUMAWATCH_API_TOKEN):");
      if (!given) return;
      saveToken(given.trim());
    }
    status.textContent = "Сохраняю…";
    try {
      const id = await watchlistId("Основной");
      await api("POST", `/api/watchlists/${id}/entries`, {
        name: button.dataset.name,
        aliases: [button.dataset.key],
        posts: [],
      });
      status.textContent = "В списке «Основной».";
      button.disabled = true;
    } catch (error) {
      status.textContent = "Не удалось: " + error.message;
    }
  });
}

// A bar's height comes from its data-height (percent of the highest bar): set through the DOM,
// which the policy allows, not through a style attribute, which it does not.
function drawBars() {
  document.querySelectorAll(".histogram .fill[data-height]").forEach((fill) => {
    const percent = Number(fill.dataset.height);
    if (Number.isFinite(percent)) fill.style.height = Math.min(Math.max(percent, 0), 100) + "%";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  drawBars();
  setupWatchlists();
  setupFollow();
});
