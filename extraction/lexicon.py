"""Word lists of general Russian usage the entity and post rules rely on (lemmas)."""

from __future__ import annotations

# Words that name the kind of place before its proper name: «реки Славянки», «города Калуги».
GEO_DESCRIPTORS = frozenset(
    """река озеро море залив пролив остров полуостров архипелаг мыс гора хребет долина
    город село деревня посёлок поселок станица хутор аул район микрорайон округ область край
    республика штат провинция графство губерния волость уезд регион столица страна
    улица проспект переулок бульвар шоссе набережная площадь проезд тупик аллея
    станция аэропорт вокзал порт парк сквер""".split()
)

# Words that name the kind of organisation before its proper name: «партии «Яблоко»».
ORG_DESCRIPTORS = frozenset(
    """партия движение компания корпорация концерн холдинг группа банк фонд
    газета журнал еженедельник ежедневник агентство телеканал радиостанция издание издательство
    сеть сервис портал команда клуб сборная театр музей институт университет академия
    колледж школа лицей гимназия больница госпиталь завод фабрика комбинат предприятие
    ассоциация объединение союз общество организация федерация лига отделение
    служба учреждение центр ао оао зао ооо пао гуп муп фгуп ано нко""".split()
)

# Organisations named by what they govern: «мэрии Москвы», «правительства Израиля».
PLACE_ORG_HEADS = frozenset(
    """мэрия администрация правительство парламент министерство дума собрание совет
    суд прокуратура полиция милиция посольство консульство губернаторство управа
    заксобрание горсовет гордума мид мвд сенат конгресс""".split()
)

# Heads that make a phrase an organisation even if slovnet said LOC (Европейский союз).
ORG_HEADS = frozenset("союз евросоюз содружество альянс кремль".split())

# Heads that make a phrase a place/facility even if slovnet said ORG.
LOC_HEADS = frozenset(
    """станция аэропорт вокзал площадь улица проспект дворец дом памятник собор храм
    кладбище парк стадион""".split()
)

# Lower-case words that belong inside a person's name.
NAME_PARTICLES = frozenset("ибн бин бен аль эль фон ван дер де ди да дель ла ле".split())

# Well-known Russian abbreviations and the type they name; None: not a named entity.
ABBREVIATIONS: dict[str, str | None] = {
    "РФ": "LOC",
    "США": "LOC",
    "СССР": "LOC",
    "КНР": "LOC",
    "КНДР": "LOC",
    "ФРГ": "LOC",
    "ОАЭ": "LOC",
    "ЮАР": "LOC",
    "ЦФО": "LOC",
    "СЗФО": "LOC",
    "ЮФО": "LOC",
    "ПФО": "LOC",
    "УФО": "LOC",
    "СФО": "LOC",
    "ДФО": "LOC",
    "СКФО": "LOC",
    "МКС": "LOC",
    "ЕС": "ORG",
    "ООН": "ORG",
    "НАТО": "ORG",
    "СНГ": "ORG",
    "ОБСЕ": "ORG",
    "ЮНЕСКО": "ORG",
    "МВФ": "ORG",
    "ВТО": "ORG",
    "ТОС": "ORG",
    "МИД": "ORG",
    "МВД": "ORG",
    "МЧС": "ORG",
    "ФСБ": "ORG",
    "ФНС": "ORG",
    "ГИБДД": "ORG",
    "ЦИК": "ORG",
    "ЛДПР": "ORG",
    "КПРФ": "ORG",
    "СМИ": None,
    "ЖКХ": None,
    "НКО": None,
    "ВВП": None,
    "ДТП": None,
}
