"""HTML routes of the web UI, and the static files they use."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from dumawatch.api.params import MAX_NAME, OfficialsParams, readable
from dumawatch.vote_text import tally_text
from dumawatch.web.marking import LABELS, marked_paragraphs, safe_snippet
from dumawatch.web.numbers import figure_label, grouped, ru_number
from dumawatch.web.pages import (
    FACET_FIELDS,
    FACET_TITLES,
    PAGE_SIZE,
    FormError,
    active_filters,
    histogram,
    link,
    month_bars,
    month_label,
    parse_form,
)
from monitor.alerts import list_alerts
from monitor.site_names import labeller as site_labeller
from monitor.watchlists import list_watchlists
from search.officials import index_officials
from search.profiles import find_people, person_profile

HERE = Path(__file__).parent


def _site_names(request: Request) -> dict:
    """Every page may show a document's source: by the site's own name when a crawl learnt
    it (``monitor.site_names``), else as stored (a sources.yaml name, or the host)."""
    context = getattr(request.app.state, "context", None)
    if context is None:
        return {"source_label": lambda source: source}
    return {"source_label": site_labeller(context.state)}


templates = Jinja2Templates(directory=HERE / "templates", context_processors=[_site_names])
templates.env.filters["snippet"] = safe_snippet
templates.env.filters["month"] = month_label
templates.env.filters["figure"] = figure_label
templates.env.filters["number"] = ru_number
templates.env.filters["grouped"] = grouped
templates.env.filters["tally"] = tally_text
templates.env.globals["LABELS"] = LABELS
templates.env.globals["ROLES"] = {
    "participants": "участники", "attendees": "присутствующие", "members": "члены",
    "voters": "избиратели", "residents": "жители", "votes_for": "за",
    "votes_against": "против", "abstained": "воздержались", "other": "другое",
}  # fmt: skip
templates.env.globals["STATUS"] = {
    "current": "в должности", "former": "бывший", "acting": "исполняющий обязанности",
    "elect": "избран",
}  # fmt: skip

HTML = {"response_class": HTMLResponse, "tags": ["web UI"]}


def html_error(code: int, description: str) -> dict:
    return {code: {"description": description, "content": {"text/html": {}}}}


def _ctx(request: Request):  # noqa: ANN202
    return request.app.state.context


def not_found(request: Request, title: str, message: str) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "error.html", {"title": title, "message": message}, status_code=404
    )


ERROR_PAGES = {
    404: ("Страница не найдена", "Такой страницы нет. Проверьте адрес или начните с поиска."),
    405: ("Так нельзя", "Эта страница открывается только по ссылке, без отправки формы."),
}


def error_page(request: Request, code: int) -> HTMLResponse:
    """Errors of browser routes as a Russian page; ``/api`` keeps its JSON."""
    title, message = ERROR_PAGES.get(code, (f"Ошибка {code}", "Запрос не удалось выполнить."))
    return templates.TemplateResponse(
        request, "error.html", {"title": title, "message": message}, status_code=code
    )


def install(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.html_error = error_page

    @app.get(
        "/", **HTML, summary="Поиск", responses=html_error(400, "form error, shown on the page")
    )
    def search_page(request: Request) -> HTMLResponse:
        raw = dict(request.query_params)
        try:
            form, params = parse_form(raw)
        except FormError as exc:
            return templates.TemplateResponse(
                request,
                "search.html",
                {"form": raw, "error": str(exc), "result": None},
                status_code=400,
            )
        index = _ctx(request).index
        query = params.query(PAGE_SIZE, params.offset, 12)
        result = index.search(query)
        facets = [
            {
                "name": name,
                "title": FACET_TITLES[name],
                "field": FACET_FIELDS[name],
                "active": form.get(FACET_FIELDS[name]),
                "items": [
                    {
                        "label": f.label,
                        "count": f.count,
                        "href": link(form, **{FACET_FIELDS[name]: f.value}),
                        "value": f.value,
                    }
                    for f in result.facets.get(name, [])
                ],
                "clear": link(form, **{FACET_FIELDS[name]: None}),
            }
            for name in ("people", "regions", "orgs", "sources")
        ]
        offset = params.offset
        pages = {
            "prev": link(form, offset=str(max(0, offset - PAGE_SIZE))) if offset else None,
            "next": link(form, offset=str(offset + PAGE_SIZE))
            if offset + PAGE_SIZE < result.total
            else None,
        }
        return templates.TemplateResponse(
            request,
            "search.html",
            {
                "form": form,
                "result": result,
                "facets": facets,
                "histogram": histogram(index, query),
                "pages": pages,
                "active": active_filters(form),
                "offset": offset,
                "error": None,
            },
        )

    @app.get(
        "/documents/{doc_id}",
        **HTML,
        summary="Документ",
        responses=html_error(404, "no such document"),
    )
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        doc = _ctx(request).index.get(doc_id) if len(doc_id) <= 64 else None
        if doc is None:
            return not_found(request, "Документ не найден", f"В индексе нет документа {doc_id}.")
        orgs = sorted(
            {
                str(e.get("normal") or e.get("text"))
                for e in doc.get("entities") or []
                if e.get("type") == "ORG"
            }
        )
        return templates.TemplateResponse(
            request,
            "document.html",
            {"doc": doc, "paragraphs": marked_paragraphs(doc), "orgs": orgs},
        )

    @app.get("/people", **HTML, summary="Люди")
    def people_page(request: Request, q: str | None = None) -> HTMLResponse:
        q = str(readable((q or "").strip()[:MAX_NAME])).strip() or None
        people = find_people(_ctx(request).index, q, 100)
        return templates.TemplateResponse(request, "people.html", {"q": q, "people": people})

    @app.get(
        "/people/{key}", **HTML, summary="Персона", responses=html_error(404, "no such person")
    )
    def person_page(request: Request, key: str) -> HTMLResponse:
        index = _ctx(request).index
        profile = person_profile(index, key) if len(key) <= 200 else None
        if profile is None:
            choices = find_people(index, key, 100) if len(key) <= 200 else []
            if len(choices) > 1:  # a name several people go by: let the reader pick one
                return templates.TemplateResponse(
                    request, "people.html", {"q": key, "people": choices, "ambiguous": True}
                )
            return not_found(request, "Персона не найдена", f"В документах нет упоминаний «{key}».")
        bars = month_bars({t["month"]: t["count"] for t in profile["timeline"]})
        return templates.TemplateResponse(request, "person.html", {"p": profile, "bars": bars})

    @app.get("/watchlists", **HTML, summary="Списки наблюдения")
    def watchlists_page(request: Request) -> HTMLResponse:
        state = _ctx(request).state
        lists = list_watchlists(state)
        for wl in lists:
            wl["recent"] = list_alerts(state, watchlist_id=wl["id"], limit=10)
        return templates.TemplateResponse(request, "watchlists.html", {"lists": lists})

    @app.get("/officials", **HTML, summary="Должностные лица",
             responses=html_error(400, "form error, shown on the page"))  # fmt: skip
    def officials_page(request: Request) -> HTMLResponse:
        form = {k: v.strip() for k, v in request.query_params.items() if v.strip()}
        try:
            params = OfficialsParams(**form)
        except ValidationError as exc:
            reason = "; ".join(str(e["msg"]) for e in exc.errors())
            return templates.TemplateResponse(
                request, "officials.html", {"form": form, "offices": [], "error": reason},
                status_code=400,
            )  # fmt: skip
        offices = index_officials(_ctx(request).index, place=params.place,
                                  org=params.org, as_of=params.as_of)  # fmt: skip
        return templates.TemplateResponse(
            request, "officials.html", {"form": form, "offices": offices, "error": None}
        )
