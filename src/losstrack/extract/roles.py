"""Roles of the actors a sentence mentions: *claimant* when a speech cue governs the mention ("according to X", "X
said", "X's latest update", "сообщило Минобороны"), *loser* when a loss cue does ("Ukrainian forces lost", "losses for
Ukraine", "Потери ВСУ"), *agent* when it destroyed something (its adversary is then the loser). A negated statement
("Baku has not published any figures") makes no speaker."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import attribution as attr
from .attribution import Mention, split_speech
from .dates import CYR_MONTH_WINDOWS, MONTH_PATTERN
from .lexicon import cues, label_pattern, lower, plain, trie_regex, twin

_WORD_CHAR = re.compile(r"\w")
#: A short place or time phrase between a side and its verb: a preposition and one to three words.
_PLACE_PHRASE = (r"(?:in|on|near|at|around|across|during|along|within|на|в|у|під|біля|за|під час|около|под|возле)\s+"
                 r"(?:(?!(?:said|says|put|puts|placed|places|reported|estimated|claimed|announced|told|заяви|сообщи|повідоми)"
                 r"\w*\s)[^\W\d][\w'’-]*\s+){1,3}?")  # (its words hold no speech verb: "The Indian Army on Monday put its losses at")
_LOSS_AFTER = re.compile(
    r"^(?:'s)?(?:\s*\([^\s()]{2,12}\))?"  # (a name's abbreviation: "The Indian Peace Keeping Force (IPKF) has suffered";
    # not "(per Kyiv)")
    r"(?:\s*,\s*(?:it|he|she|they|we)\s+(?:said|says|added|claimed|estimated|reported),)?"  # "Ukraine, it said,"
    r"\s*(?:armed forces\s+|forces\s+|troops\s+|army\s+|military\s+|side\s+|units\s+|navy\s+|"
    r"air force\s+|fighters\s+|militants\s+|(?:brigade|battalion|regiment|division|corps|fleet|squadrons?)\s+|"  # ("The
    # British brigade lost")
    r"(?:війська|військові|сили|окупанти|загарбники|войска|военные|силы|оккупанты|армія|армия|підрозділи|подразделения|"
    r"сторона|эскадра|ескадра|флот)\s*){0,2}"  # ("Китайская сторона потеряла 19 человек", "турецкая эскадра потеряла",
    # "South African Air Force squadrons lost")
    r"(?:(?:as\s+a\s+whole|overall|altogether|in\s+all|combined)\s+)?"  # ("Russia's armed forces as a whole have suffered")
    r"(?:,\s*(?:по|за|according\s+to)\s+[^,.;:\d]{1,40},)?\s*"  # ("Китайская сторона, по тем же данным, потеряла")
    r"(?:(?:лише|тільки|лишь|только|only|just)\s+)?(?:" + _PLACE_PHRASE + r")?"  # "російська армія на Харківському
    # напрямку втратила", "Russian forces near Bakhmut lost", "російські підрозділи лише під Роботиним втратили"
    r"(?:,?\s*(?:since|з|із|с|від|от)\s+(?:(?:the\s+start\s+of|початку|начала)\s+)?(?:[^\W\d]+\s+)?\d{4}"
    r"(?:\s+(?:року|года|р\.|г\.))?,?\s+)?"  # "Росія з 2022 року втратила", "Russia, since 2022, has lost"
    r"(?:(?:has|have|had|also|reportedly|already|so far|now|been|likely|probably|"
    r"allegedly|reportedly|may have|might have|could have)\s+)*"
    r"(?:lost|loses|losing|suffered|suffers|suffering|sustained|incurred|losses|loss|casualties|death toll|"
    r"потеряли|потеряла|потеряло|потерял|втратили|втратила|втратило|втратив|втрати|потери|потерь|втрат|лишились|лишилась|лишилось|лишился|лишилися|"
    r"лишився|[^.;:\"“”]{0,80}?\bat\s+(?:a|the)\s+(?:heavy\s+|high\s+|huge\s+)?cost\s+of)(?!\w)",  # ("Russian forces
    # had advanced about 410 square kilometres at a cost of 25,000 casualties")
    re.IGNORECASE,
)
_LOSS_BEFORE = re.compile(
    r"(?:(?:losses|loss|casualties|toll|tally)\s+(?:of|for|among|to|suffered by)\s+(?:the\s+)?"  # not "in": "Russian losses in Ukraine"
    r"|\bcost(?:s|ing)?\s+(?:the\s+)?"  # "the offensive had cost the RSF 1,800 fighters"
    r"|\blost\s+by\s+(?:the\s+)?"  # "lists 38 Bushmasters lost by Ukraine"
    r"|(?:потери|втрати|потерь|втрат|потерях|втратах|потерям|втратам)\s+(?:(?:військ|войск|сил|армії|армии|військових|военных)\s+)?)$",
    re.IGNORECASE,
)
_AGENT_AFTER = re.compile(
    r"^(?:'s)?(?:\s*\([^\s()]{2,12}\))?"
    r"\s*(?:armed forces\s+|forces\s+|troops\s+|army\s+|military\s+|air defen[cs]es?\s+|units\s+|"
    r"fighters\s+|terrorists\s+|militants\s+|insurgents\s+|gunmen\s+|jihadists\s+|drones\s+|navy\s+|air force\s+|"
    r"defenders\s+|defense forces\s+|saboteurs\s+|commandos\s+|partisans\s+|"
    r"(?:attacks?|strikes?|raids?|shelling|ambush(?:es)?)\s+|"  # ("Houthi attacks on the al-Bayda fronts have killed 187
    # soldiers": the side whose attacks they were)
    r"сили оборони\s+|"
    r"(?:війська|військові|сили|захисники|оборонці|бійці|войска|военные|силы|защитники|бойцы|підрозділи|подразделения)\s+)?"
    r"(?:" + _PLACE_PHRASE + r")?"
    r"(?:(?:has|have|had|also|reportedly|successfully)\s+)*"
    r"(?:destroyed|shot down|brought down|downed|killed|eliminated|hit|struck|repelled|captured|neutrali[sz]ed|took out|blew up|"
    r"overran|overrun|stormed|ambushed|raided|attacked(?=[^.;]{0,120}?,\s*(?:killing|wounding|injuring)\b)|"
    # ("Boko Haram terrorists attacked a military base ..., killing five soldiers"; not "Russia attacked Ukraine with
    # 129 drones, of which 102 were shot down": the attacker's own)
    r"knocked out|wiped out|intercepted|знищили|знищило|знищила|знищив|уничтожили|уничтожило|уничтожила|уничтожил|збили|збило|"
    r"збила|збив|сбили|сбило|сбила|сбил|ліквідували|ліквідувало|ліквідувала|уразили|уразило|поразили|поразило|"
    r"захватили|захватил|захватила|захопили|захопив|захопила)(?!\w)",
    re.IGNORECASE,
)
#: A relative clause right after a mention ("the General Staff, which publishes a tally every morning, said", "Ukraine's
#: 7th Rapid Response Corps, which defends the area, said"): skipped to reach the mention's own verb.
#: What may follow a mention before its clause's comma: "'s" and a unit's name ("Ukraine's 7th Rapid Response Corps"), or
#: up to two words ("Uganda's army, which contributes ..., said").
_NAME_TAIL = r"(?:'s(?:\s+(?-i:\d+\w*|[A-Z][\w'-]*)){1,4}|'s\s+[^\W\d][\w'-]*|(?:\s+[^\W\d][\w'-]*){0,2}?)\s*,\s*"
_RELATIVE_CLAUSE = re.compile(_NAME_TAIL + r"(?:(?:with|to|of|from|for|з|із|зі|с|со|у|в|про|о|об)\s+)?(?:which|whom|who|whose|"
                              r"як\w+|котор\w+|[^\W\d]+(?:вш|ющ|ущ|ащ|ящ)[а-я]{2,3}(?:ся)?)\b(?:[^,;.:\"“”«»]|(?<=\d)[,.](?=\d{3})){1,130},(?!\d{3})"
                              # (a Russian participle's clause: "Войско Польское, сражавшееся вместе с советскими частями,")
                              # or an apposition before its speech verb: "Mediazona, an independent Russian outlet that
                              # counts obituaries ..., said"
                              r"|" + _NAME_TAIL + r"(?:an?\s+|the\s+|(?!\s*[\w-]+(?:ing|ed)\b)[^,;.:\"“”«»\d]{1,60}?['’]s\s+)"
                              r"(?:[^,;.:\"“”«»\d]|(?<!\d)(?:19|20)\d\d(?!\d)|(?<=[^\W\d])\d+){1,120},"  # (a year in it: "a
                              # self-defence group formed among the Zande community in 2023,"; a name's digits: "AFC/M23")
                              r"(?=\s*(?:has\s+|had\s+|have\s+)?(?:said|says|"  # ("The Okba Ibn Nafaa Brigade, al-Qaeda in
                              # the Islamic Maghreb's Tunisian affiliate, said"; not a participle's clause: "Mediazona,
                              # working with the BBC's Russian service, has confirmed")
                              r"reported|reports|estimated|estimates|told|stated|claimed|counted|wrote|added|announced|confirmed|documented|recorded|"
                              r"identified|verified|assessed|assesses|gave\s+a\s+(?:very\s+)?different)\b)"
                              # or a speaker's aside: "Russian units, he said, had lost 640 men", "Російські війська, за
                              # його словами, втратили"
                              r"|" + _NAME_TAIL + r"(?:(?:he|she|it|they|we)\s+(?:said|says|added|claimed|stressed|noted)|"
                              r"по\s+(?:его|ее|её|их)\s+словам|за\s+(?:його|її|їхніми)\s+словами)\s*,",
                              re.IGNORECASE)
#: A unit's name after its state's possessive, three words or more in capitals ("'s Joint Forces Task Force").
_UNIT_NAME = re.compile(r"'s(?:\s+(?:\d+\w*|[A-Z][\w'’-]*|of|the|for)){2,6}?\s+[A-Z][\w'’-]*(?=\s+[a-z])")
#: "no" right before a speaker's name ("There was no Saudi comment"): no statement, so no speaker.
_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
#: A passive fate's agent before a mention: "has been killed by a Russian drone", "wounded by Russian shelling".
_PASSIVE_BY = re.compile(r"\b(?:killed|wounded|injured|destroyed|downed|shot\s+down|hit|struck|sunk|sank|captured|taken\s+prisoner)"
                         r"(?:\s+(?:near|in|at|on)\s+[\w'’-]+)?\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
#: The subject's own statement before a name ("published its weekly summary of the fighting in Ukraine"): not that
#: name's.
_OWN_STATEMENT = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # (before the statement word)
#: A participle of speech after a comma ("..., saying its forces had taken ..."): the clause's subject speaks, not the
#: name right before the comma ("Russia's Defence Ministry published its summary of the fighting in Ukraine, saying").
_PARTICIPLE_SPEECH = re.compile(r"[\s»”\")]*,\s*(?:saying|adding|claiming|noting|stating)\b", re.IGNORECASE)
#: A neighbour named as a place ("near the borders with Kenya and Ethiopia, officials on both sides said"): no speaker.
_BORDER_OF = re.compile(r"\b(?:borders?|frontiers?)\s+(?:with|of)\s+(?:[\w'-]+\s+and\s+)?$|\bbordering\s+$|"
                       r"(?<!\w)(?:границ\w*\s+с|кордон\w*\s+з)\s+(?:[\w'-]+\s+и\s+|[\w'-]+\s+і\s+)?$", re.IGNORECASE)
_AUX = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)
_FATE_NOUN_PHRASE = re.compile(r"\s+(?:or|and)\s+(?:wounded|injured|captured|missing)\b", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(
    r"(?:according to|cited by|citing|figures from|data from|estimates? (?:by|from)|reported by|claimed by|"
    r"based on (?:the\s+)?(?:daily\s+)?(?:reports|data|figures|updates|bulletins) (?:from|of|by)|"
    r"на основі (?:щоденних\s+)?(?:зведень|даних)|на основе (?:ежедневных\s+)?(?:сводок|данных)|"
    r"(?:statement|report|summary|update|bulletin|briefing) (?:by|from|of)|за версією|по версии|"
    r"(?:говорится|сказано|отмечается|йдеться|зазначається|сказано) (?:в|у|во) (?:сводке|сообщении|заявлении|зведенні|"
    r"повідомленні|заяві)|в сводке|у зведенні|в сообщении|у повідомленні|"
    r"по (?:[^\W\d]+(?:ым|им) )?данным(?:,\s+(?:опубликованн|приведенн|предоставленн|обнародованн)\w*)?|"
    r"за (?:[^\W\d]+(?:ими|іми) )?даними(?:,\s+(?:оприлюднен|опублікован|наведен|надан)\w*)?|"  # ("по архивным данным,
    # опубликованным Министерством обороны России")
    r"по сведениям|за відомостями|по информации|за інформацією|согласно|згідно з|згідно із|відповідно до|по оценке|по оценкам|за оцінкою|за оцінками|по словам|за словами|по подсчетам|по подсчётам|за підрахунками|"
    r"(?:повідомили|повідомляють|заявили|зазначили|уточнили|сообщили|сообщают|уточнили|отметили|стверджують|утверждают) "
    r"(?:в|у|во))\s+"
    r"(?:the\s+|a\s+)?(?:latest\s+|daily\s+|new\s+)?(?:(?!(?:на|станом|состоянию|on|as|released|published)\s)"
    r"[^\W\d][\w'’-]*\s+){0,4}[«\"“]?$"  # ("по данным базирующейся в Лондоне ...", not "по данным на 1 декабря ВСУ ...";
    # "По подсчетам «Медиазоны»")
    # Ukrainian and Russian put the speaker after the verb: "Про це повідомив речник ...", "сообщили в Минобороны",
    # "сообщил заместитель начальника Российского центра по примирению"
    r"|(?<!\w)(?:повідоми\w*|заяви\w*|сообщи\w*|допові(?:в|ла|ли)|доложил\w*|зазначи\w*|отметил\w*|розпові(?:в|ла|ли)|"
    r"рассказал\w*|сказа(?:в|ла|ли|л)|передає|передает|інформує|информирует|написа(?:в|ла|ли|л|ло)|підкресли(?:в|ла|ли)|"
    r"подчеркну(?:л|ла|ли))\s+(?:в\s+|у\s+|во\s+)?(?:[^\W\d][\w'’-]*\s+){0,3}$",  # ("сообщил в четверг Telegram-канал")
    re.IGNORECASE,
)
#: A side's adjective between "по"/"за" and "data": "по советским данным", "за українськими даними" (see assign_roles).
_BY_DATA_OF = re.compile(r"(?<!\w)(?:по|за)\s+$", re.IGNORECASE)
_DATA_WORDS = r"(?:данным|даними|оценкам|оцінками|подсчетам|подсчётам|підрахунками|сведениям|сводкам|зведеннями)(?!\w)"
_DATA_AFTER = re.compile(r"\s+(?:официальным\s+|офіційними\s+)?" + _DATA_WORDS, re.IGNORECASE)
_DATA_ENDS = re.compile(r"\s" + _DATA_WORDS, re.IGNORECASE)  # (an alias that holds the word: "советским данным")
_POSSESSIVE_LOSS = re.compile(r"'s\s+(?:[\w-]+\s+){0,3}?(?:losses|loss|casualties|death toll|toll)\b", re.IGNORECASE)
_LOSS_HINT = re.compile(r"(?i)loss|lost by|casualt|toll|cost|потер|втрат")
_HEADLINE = re.compile(r"\s*:\s")

#: "Baku has not published any figures", "Russia does not disclose its losses": no statement, so no speaker.
_NEGATED = re.compile(r"\b(?:not|never|n't|no longer|declined to|refused to)\b|(?<!\w)(?:не|ні|отказал\w*|відмовил\w*)(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _speech_after() -> re.Pattern:
    # (not "Ukraine, it said, has suffered ...": a pronoun's parenthetical speech leaves the mention its clause's subject)
    # ("The YPG, in a statement on March 18, said": the statement's own words between)
    return re.compile(r"^(?!(?:'s)?\s*,\s*(?:it|he|she|they|we)\s)(?:'s)?(?:\s*\([^\s()]{2,12}\))?[\s,»”\")]*"  # (and
                      # its abbreviation: "The Ghana Armed Forces (GAF) say")
                      r"(?:who\s+[^,;.:\"“”«»]{1,80}?(?:,\s*[^\W\d][\w'’-]*)?\s*,\s*)?"  # ("a medic who gave only her
                      # first name, Iryna, said")
                      r"(?:who\s+(?:gave|gives|goes\s+by|went\s+by|uses)\s+(?:only\s+)?(?:(?:his|her|their)\s+(?:first\s+)?name|"
                      r"the\s+(?:call\s*sign|name|nom\s+de\s+guerre))\s+(?:as\s+)?[\w'’-]+\s+)?"  # ("a medic who gave her name
                      # as Khrystia said": a one-word name, no comma)
                      r"(?:(?:via|through|через)\s+(?:its\s+|their\s+|сво[её]\w*\s+)?(?:[\w-]+\s*){1,3}"
                      r"(?:«[^»]{1,30}»|\"[^\"]{1,30}\")?\s*,?\s*)?"  # (its channel: "через свое агентство «Амак»")
                      r"(?:(?:распространил\w*|опубликовал\w*|поширил\w*|оприлюднил\w*|опублікувал\w*)\s+"
                      r"(?:заявление|заяву|сообщение|повідомлення)\s*,\s*(?:в|у)\s+(?:котором|якому|якій)\s+)?"
                      # ("распространило заявление, в котором утверждает")
                      r"(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
                      r"(?:statement|post|video|communiqu\w+|message)(?:\s+on\s+[\w.]+(?:\s+\d{1,2})?)?\s*,\s*|"
                      r"(?:в|у)\s+(?:сво\w+\s+)?(?:заявлении|заяві|сообщении|повідомленні|обращении|зверненні)"
                      r"(?:\s*,\s*[^,.;:«»]{1,60}(?:«[^»]{1,30}»)?\s*,|\s+(?=(?:утвержда|заяв|сообщ|стверджу|повідом)))\s*)?"
                      # ("«Хизбалла» в заявлении, распространенном ее телеканалом «Аль-Манар», утверждает")
                      r"(?:(?:in|on|as of|в|у|станом на|по состоянию на)\s+(?:(?:ранок|вечір|утро|вечер)\s+)?(?:\d{1,2}\s+)?(?:" + MONTH_PATTERN
                      + "|" + "|".join(CYR_MONTH_WINDOWS) + r")(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}(?:\s+(?:года|року))?)?"
                      r"[\s,]+|"  # (a date counts as one word: "Советское командование в августе 1938 года сообщало",
                      # "Генштаб ЗСУ станом на ранок 5 березня оцінює")
                      r"(?!calls?\b)(?:\d{1,2}\s+)?[\w'-]+(?:\.?\s+\d{1,2}\b)?[\s,]+|(?:(?-i:войск)\s+)?[«\"“][^»\"”]{1,20}[»\"”]\s+){0,3}?"
                      r"(?:" + cues()["speech"].pattern + r")(?!\s+up\b)", re.IGNORECASE)  # (not "added up to"; a group's
    # name: "группировки войск «Южная» в четверг сообщил"; not
    # "the town Russia calls Krasnoarmeysk and Ukraine calls Pokrovsk, reported": a naming, not a speaker; a day and its
    # month count as one word: "У Міноборони РФ у суботу, 22 лютого, стверджували", "on Saturday, Feb. 22, said")


#: After a mention that a preceding speech verb governs, the clause ends ("..., said the ministry.",
#: "said the ministry on Tuesday", "said the ministry in a statement"); otherwise the mention is the
#: subject of the reported clause ("said Russian forces had taken ...").
_CLAUSE_END = re.compile(
    r"^\s*(?:$|[.,;:!?)\]\"”»]|of\s+the\s+(?-i:\d+\w*\s+)?(?-i:[A-Z][\w'’-]*\s+){0,3}(?-i:[A-Z][\w'’-]*)"
    r"(?:\s*[.,;]|\s+(?:fighting|operating|based|deployed|stationed|defending|holding|serving)\b)"  # ("said the
    r"|(?:in|on|at|via)\s+(?:a|an|its|their|the|his|her|\w+day|\d)\b|(?:told|added|wrote|noted)\b|—|–|-\s"
    r"|(?:в|во|у|на)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|"
    r"п'ятницю|суботу|неділю|telegram|телеграм|заявлении|заяві|сообщении|повідомленні|сводке|зведенні|\d))",
    re.IGNORECASE,
)


def neighbour_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a neighbour named as a place (:data:`_BORDER_OF`): no speaker, no side's body."""
    return _BORDER_OF.search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _speech_ending() -> re.Pattern:
    return re.compile(r"(?:" + cues()["speech"].pattern + r")\s+(?:the\s+|an?\s+|by\s+the\s+|by\s+|in\s+|at\s+|в\s+|у\s+)?$",
                      re.IGNORECASE)


def assign_roles(text: str, ms: list[Mention], claimants_only: bool = False, speech_at: list[int] | None = None) -> None:
    """Tag each mention as claimant, loser or agent from the cue words around it.

    Speech and report words are located once per sentence; the exact patterns run only for mentions
    that have one close by. ``claimants_only`` skips the loser/agent tests (sentences without figures).
    """
    if any(m.generic == "speech" for m in ms):
        ms_all = ms
        ms, speech_at = split_speech(ms_all)
    if speech_at is None:
        c, low = cues(), lower(text)
        speech_at = [m.start() for m in c["speech"].finditer(low)] + [m.start() for m in c["speech_noun"].finditer(low)]
    patterns, twins = _role_patterns()
    all_plain = plain(text)  # then so is every slice of it
    inside = -1  # the end of the relative clause or apposition of a speaker before: no mention in it speaks
    struck = ", killing" in text or ", wounding" in text or ", injuring" in text or ", leaving" in text
    scene = _scenes(text, ms) if ", " in text else ()
    for m in ms:
        if m.role in ("enemy", "loser") or m.made or id(m) in scene:
            continue  # (a loser already: a demonym before "losses", see attribution.mentions)
        if m.start < inside:  # "Mediazona, an independent Russian outlet, has identified": Mediazona speaks, not Russia
            continue
        rel = _RELATIVE_CLAUSE.match(text, m.end) if "," in text[m.end: m.end + 30] else None
        e = rel.end() if rel else m.end  # the mention's verb comes after its relative clause, if it has one
        if rel is None and "'s " in text[m.end: m.end + 3] and (unit := _UNIT_NAME.match(text, m.end)) \
                and any(unit.end() <= p <= unit.end() + 20 for p in speech_at):
            e = unit.end()  # or after its unit's name, when a speech verb follows it: "Ukraine's Joint Forces Task Force
            # gave a very different picture" (not a loss verb: "the headquarters of Russia's Black Sea Fleet in
            # Sevastopol killed 34 officers" is no Russian agent)
        near_before = near_after = False
        for p in speech_at:
            near_before = near_before or m.start - 50 <= p < m.start
            near_after = near_after or e <= p <= e + 75
        after, before = text[e: e + 80], text[max(0, m.start - 50): m.start]
        r = patterns
        if all_plain or (plain(after) and plain(before)):  # scan the lower case with case-sensitive twins (see lexicon.twin)
            after, before, r = after.lower(), before.lower(), twins
        if not claimants_only and " by " in text[max(0, m.start - 30): m.start] \
                and _PASSIVE_BY.search(text, max(0, m.start - 60), m.start):
            m.role = "agent"  # "killed by a Russian drone", "were wounded by Russian shelling": the side that struck
        elif r.possessive_loss.match(after):  # "Russia's visually confirmed tank losses"
            m.role = "loser"
        elif (" its " in before or " by " in before) and _THROUGH_ITS.search(text, max(0, m.start - 40), m.start):
            m.role = "claimant"  # "The terrorist group claimed through its Radio Andalus that ...": its channel speaks;
            # "according to figures published by the Slovenian government": the body that published them
        elif not claimants_only and m.start < 30 and _TOPIC_BEFORE.fullmatch(text, 0, m.start) \
                and _TOPIC_AFTER.match(text, m.end):
            m.role = "loser"  # "For Ukraine, Oryx recorded 118 armoured vehicles lost": the side the sentence is about
        elif r.headline.match(after) and not _WORD_CHAR.search(text, 0, m.start) \
                and not (text[m.start:m.end].isupper() and not text.isupper() and any(
                    o.actor and o.actor != m.actor and o.generic is None and attr.side(o.actor) == attr.side(m.actor)
                    for o in ms)):  # "Генштаб ЗСУ: втрати ворога ...", "PHILIPPINES: Troops ..., the division said"
            m.role = "claimant"  # (not a wire story's dateline before its state's own body: "SEOUL: About 7,200 ...
            # soldiers have been killed ..., South Korea's National Intelligence Service told lawmakers")
        elif _BY_DATA_OF.search(text, max(0, m.start - 4), m.start) and (
                _DATA_AFTER.match(text, m.end) or _DATA_ENDS.search(text, m.start, m.end)):
            m.role = "claimant"  # "по российским данным", "за українськими даними": the side whose figures they are
        elif near_before and (sb := r.speech_before.search(before)) and not any(
                m.start - len(before) + sb.start() <= o.start < m.start for o in ms) \
                and not _OWN_STATEMENT.search(before, 0, sb.start()) \
                and not (r.loss_hint.search(before) and r.loss_before.search(before)):  # ("сообщило о потерях ВСУ":
            # the side a loss noun governs, not a speaker)
            m.role = "claimant"  # (not a body's state after it: "повідомило Головне управління розвідки Міноборони України")
        elif near_after and (said := r.speech_after.match(after)) and not said.group(0).endswith(("according to", "согласно")) \
                and not neighbour_named(text, m.start) \
                and not (_PARTICIPLE_SPEECH.match(after) and any(o.role == "claimant" for o in ms if o.end <= m.start)) \
                and not _verb_first(r.loss_after, after, said) and not _object_before_comma(after, said) \
                and not _COUNTED.search(text, max(0, m.start - 12), m.start) \
                and not _verb_first(r.agent_after, after, said) and not _NEGATED.search(after, 0, said.end()) \
                and not (r.loss_hint.search(before) and r.loss_before.search(before)) and not any(
                    (e < o.start < e + said.end() and id(o) not in scene)
                    or (e + said.end() <= o.start <= e + said.end() + 3 and _CLAUSE_END.match(text[o.end:o.end + 40]))
                    for o in ms):
            m.role = "claimant"  # "Ethiopia's army said"; not "76 Boko Haram fighters, the army said" nor "40 украинских
            # беспилотников, сообщило Минобороны": the speaker nearer the verb, or right after it; nor the side a loss
            # noun governs ("Собственные потери талибов Муджахид оценил в ...")
        elif near_after and r.possessive_speech.match(after):
            m.role = "claimant"
        elif not claimants_only and (r.loss_after.match(after) or (r.loss_hint.search(before) and r.loss_before.search(before))
                                     or (struck and _STRUCK_BEFORE.search(text, max(0, m.start - 30), m.start)
                                         and _STRUCK_AFTER.match(text, m.end))):
            m.role = "loser"
        elif not claimants_only and (ag := r.agent_after.match(after)) and not (
                _FATE_NOUN_PHRASE.match(after, ag.end()) and not _AUX.search(ag.group(0))):
            m.role = "agent"  # not "Russian troops killed or wounded" (a noun phrase: the troops are the losses)
        elif near_before and attr.SAID_NAME_BEFORE.search(text, max(0, m.start - 90), m.start):
            m.role = "claimant"  # "said Taras, a 34-year-old battalion commander of the 118th Mechanized Brigade"
        elif near_before and r.speech_ending.search(before) and _CLAUSE_END.match(text[e: e + 80]):  # (as written: its
            m.role = "claimant"  # unit's name is capitalised) "..., said the ministry." — not "said Russian forces had taken"
        if m.role == "claimant" and _NO_BEFORE.search(text, max(0, m.start - 4), m.start):
            m.role = None  # "There was no Saudi comment on that claim": no statement, so no speaker
        if rel and m.role == "claimant":
            inside = rel.end()
    if ms and "," in text and (aside := _AS_STATED.search(text)) and ms[0].start < aside.start() \
            and ms[0].role in (None, "claimant") and not ms[0].made and ms[0].actor != "@adversary" \
            and _BEFORE_SUBJECT.fullmatch(text, 0, ms[0].start):
        for m in ms[1:]:
            if m.start < aside.start() and m.role == "claimant":
                m.role = None  # (the name nearest before the aside is no speaker: "к границе с Нигером")
        ms[0].role = "claimant"
    _co_speakers(text, ms)
    if not any(m.role == "claimant" for m in ms):
        puts = [m.start() for m in _PUTS_AT.finditer(text)] if "put" in text or "plac" in text else []
        puts += [m.start() for m in _TALLY_VERB.finditer(text)] if " its " in text else []
        _subject_claimant(text, [m for m in ms if id(m) not in scene], sorted(speech_at + puts) if puts else speech_at)


#: A speaker named after its channel's or its figures' words: "claimed through its Radio Andalus", "according to figures
#: published by the Slovenian government".
_THROUGH_ITS = re.compile(r"\b(?:claimed|said|announced|reported|stated|boasted)\s+(?:through|via|on|in)\s+(?:its|their)\s+$"
                          r"|\b(?:figures|data|numbers|statistics|estimates)\s+(?:published|released|compiled|issued)\s+"
                          r"by\s+(?:the\s+)?$", re.IGNORECASE)
#: A side the sentence opens on ("For Ukraine, ...", "On the Ukrainian side, ...", "On Ukraine's own side, ..."): the
#: loser of its figures that name none.
_TOPIC_BEFORE = re.compile(r"\W*(?:for|as for|as to|on|on the part of)\s+(?:the\s+)?", re.IGNORECASE)
_TOPIC_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?:own\s+)?side)?\s*,", re.IGNORECASE)
#: The side an attack struck, its toll told after: "A U.S. aircraft strafed Canadian troops ..., killing one soldier",
#: "Militants attacked Pakistani troops in Waziristan, killing five soldiers": the struck side's losses.
_STRUCK_BEFORE = re.compile(r"\b(?:attacked|attacking|hit|hitting|struck|striking|strafed|strafing|ambushed|ambushing|shelled|"
                            r"shelling|bombed|bombing|targeted|targeting|raided|raiding|stormed|storming|overran|overrunning|"
                            r"(?:attacks?|ambush|strikes?|raid|assault)\s+on)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_STRUCK_AFTER = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|army|convoy|post|outpost|base|positions?|"
                           r"patrol|checkpoint|units?|platoon|company|column|camp|garrison)\b[^.;]{0,80}?,\s*(?:killing|"
                           r"wounding|injuring|leaving)\b", re.IGNORECASE)


#: A number right before a mention: the mention qualifies what the figure counts ("37 050 російських окупантів"), it
#: does not speak.
_COUNTED = re.compile(r"\d\s*$")
#: A date or a year right before a mention ("On April 30 Ukraine's ...", "In 2023 Ukraine said", "30 квітня Генштаб").
_DATED = re.compile(r"(?:\b(?:1[89]|20)\d\d|" + MONTH_PATTERN + r"\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}\s+" + MONTH_PATTERN
                    + r")\s*,?\s*$", re.IGNORECASE)


#: An aside naming where a speaker is ("Zelensky, speaking in Japan, said", "…, on a visit to Tokyo, said"): the place
#: named in it neither speaks nor stands between the speaker and the verb.
_SCENE_BEFORE = re.compile(r",\s*(?:(?:speaking|talking|writing|travell?ing|addressing\s+\w+)\s+(?:\w+\s+){0,5}?"
                           r"(?:in|at|from|to)|while\s+(?:in|at)|(?:while\s+)?(?:visiting|touring)|(?:on|during|after)\s+(?:an?\s+|his\s+|her\s+)?"
                           r"(?:\w+\s+)?(?:visit|trip|tour)\s+to|(?:выступая|находясь|виступаючи|перебуваючи)\s+(?:\w+\s+){0,3}?"
                           r"(?:в|во|у|на))\s+(?:the\s+)?$", re.IGNORECASE)


def _scenes(text: str, ms: list[Mention]) -> set[int]:
    """The ``id`` of each mention that names the scene of a speaker's aside (see :data:`_SCENE_BEFORE`), closed by a
    comma, after a speaker named before it (not "The spokesman, speaking from Ukraine's General Staff headquarters,
    said": the place is the speaker's own body)."""
    return {id(m) for m in ms if (sc := _SCENE_BEFORE.search(text, max(0, m.start - 60), m.start))
            and re.match(r"[^,.;:]{0,25},", text[m.end: m.end + 30])
            and any(o.end <= sc.start() and o.actor for o in ms)}


def _object_before_comma(after: str, said: re.Match) -> bool:
    """Whether the words between a mention and its speech verb end in a loss noun and a comma: the mention qualifies
    that noun, and the speaker comes after the verb ("ліквідували 37 050 російських окупантів, підрахував «Дніпро
    Оперативний»", "destroyed 40 Russian tanks, said the ministry")."""
    between = lower(after[: said.end()])
    comma = between.rfind(",")
    if comma < 0:
        return False
    noun = None
    for noun in label_pattern().finditer(between, 0, comma):  # noqa: B007 - the last label before the comma
        pass
    return noun is not None and not between[noun.end(): comma].strip()


def _verb_first(pattern: re.Pattern, after: str, said: re.Match) -> bool:
    """Whether a loss or agent verb after a mention comes before its speech verb: "Russia lost 300 troops, said ..." is a
    loss, "The Indian Army on Monday said it lost 398" a statement (the time phrase must not carry the loss verb past it)."""
    m = pattern.match(after)
    return m is not None and m.end() <= said.end()


#: "The General Staff, in its daily update, put Russia's losses at ...": a verb putting a count at a number states it.
_PUTS_AT = re.compile(r"\b(?:put|puts|placed|places)\b(?=[^.;:]{0,80}?\bat\s+(?:(?:about|some|more than|nearly|almost|around|"
                      r"roughly|approximately|over)\s+)?\d)", re.IGNORECASE)
#: "has since raised its tally of Russian submarines destroyed ... to two": a body revising its own count states it.
_TALLY_VERB = re.compile(r"\b(?:raised|updated|revised|brought)\s+its\s+(?:[\w-]+\s+)?(?:tally|count|total|estimate|figures?)\b",
                         re.IGNORECASE)
#: "X together with Y said", "«Медиазона» совместно с Русской службой Би-би-си установила": X leads the statement.
_CO = re.compile(r"(?:\b(?:together|jointly|along)\s+with|(?<!\w)(?:совместно с|вместе с|разом з|разом із|спільно з|"
                 r"спільно із))\s+(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)

#: Between two outlets or monitors that share a count: "Mediazona and the BBC's ...", "Mediazona, working with the BBC".
_CO_OUTLET = re.compile(r"(?:\s+(?:and|и|і|та)|,?\s+(?:working|in\s+(?:cooperation|partnership|collaboration))\s+with|"
                        r"(?<!\w)(?:и|і|та|з|с|із))\s+(?:the\s+)?(?:(?:Russian|Ukrainian|Русская|Русской|Русскую|Українська|"
                        r"Української|Українською)\s+(?:service|служба|службы|службой|служби|службою)\s+)?$",
                        re.IGNORECASE)  # ("«Медиазона» и Русская служба Би-би-си")


def _co_speakers(text: str, ms: list[Mention]) -> None:
    """A speaker named after "together with" shares the statement of the one named before it, who speaks for it; so
    does an outlet or monitor joined to another by "and" or "working with" ("Mediazona and the BBC's Russian service
    have confirmed", "Mediazona, working with the BBC's Russian service, has confirmed": Mediazona)."""
    for k, m in enumerate(ms):
        if m.role != "claimant" or not k:
            continue
        co = _CO.search(text, max(0, m.start - 60), m.start)
        lead = ms[k - 1]
        if co is None and attr.is_outlet(m.actor) and attr.is_outlet(lead.actor):
            co = _CO_OUTLET.search(text, max(0, m.start - 30), m.start)
        if co and lead.actor and not lead.made and 0 <= co.start() - lead.end <= 25 and lead.role in (None, "claimant"):
            lead.role, m.role = "claimant", None


_SUBJECT_VERB = re.compile(r"(?:said|says|stated|claimed|reported|announced|told|added|wrote|posted|tweeted|replied|answered|confirmed|counted|lists|listed|recorded|put|puts|placed|places|"
                           r"(?:raised|updated|revised|brought)\s+its\s+(?:[\w-]+\s+)?(?:tally|count|total|estimate|figures?)|"
                           r"estimated|заяв\w*|повідом\w*|сообщ\w*|каже|кажуть|розпов\w+|визна\w+|говорит\w*|рассказ\w+|"
                           r"признае\w*|признал\w*|онови\w+|обнови\w+|врахува\w+|учел|учл[аио])(?!\w)", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])|[;:\"“”«»]|\b(?:lost|loses|destroyed|killed|shot|downed|suffered|hit|struck|that|who|which)\b",
                            re.IGNORECASE)

_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|they|we|he also|she also)\s+$", re.IGNORECASE)
_OPENING = re.compile(r"\W*(?:the\s+)?", re.IGNORECASE)  # before a mention that opens its sentence
#: An aside saying the sentence is a statement's ("..., уничтожив, как говорится в заявлении, «десятки» боевиков"): the
#: sentence's subject speaks, not the name nearest before the aside.
_AS_STATED = re.compile(r",\s*(?:как|як|as)\s+(?:говорится|сообщается|отмечается|сказано|указано|йдеться|повідомляється|"
                        r"зазначається|the\s+statement\s+said|it\s+said)(?:\s+(?:в|у)\s+[^\W\d]+)?\s*,", re.IGNORECASE)
#: Words before a sentence's subject: a time or place phrase ("В воскресенье малийские ВВС ...", "On Sunday, the army").
_BEFORE_SUBJECT = re.compile(r"\W*(?:(?:в|во|у|on|in|at)\s+[^\W\d]+,?\s+)?(?:the\s+)?", re.IGNORECASE)
_AND_SAID = re.compile(r",\s+(?:and|but)\s+(?:also\s+)?$")  # a coordinated speech verb sharing the sentence's subject
#: A quoted call sign in the subject ("Командир розрахунку з позивним «Тесла» каже") is a name, not a quotation.
_CALL_SIGN = re.compile(r"(?:позивним|позывным|call sign|callsign|nom de guerre)\s+[«\"“][^»\"”]{1,30}[»\"”]", re.IGNORECASE)


#: A name in guillemets between a subject and its verb ("Командир батальона ..., в разговоре со «Страной» рассказал"):
#: an outlet or a unit named, not a quotation.
_QUOTED_NAME = re.compile(r"«[^«»\d.;:]{1,40}»")
_CALLS = re.compile(r"\s+calls?\b")  # "the town Russia calls Krasnoarmeysk and Ukraine calls Pokrovsk": a naming


def _subject_claimant(text: str, ms: list[Mention], speech_at: list[int]) -> None:
    """With no claimant found otherwise, the actor named in the subject of a speech verb speaks: "The spokesperson for
    a Ukrainian brigade operating near Pokrovsk stated that ..." (the first mention before the verb, in its clause)."""
    for p in speech_at:
        if not _SUBJECT_VERB.match(text, p) or _PRONOUN_BEFORE.search(text, max(0, p - 6), p):
            continue  # ("..., he said": the pronoun is the subject, a speaker named before)
        first = ms[0] if ms else None
        if first is not None and first.role is None and not first.made and first.actor != "@adversary" \
                and _OPENING.fullmatch(text, 0, first.start) and _AND_SAID.search(text, max(0, p - 12), p):
            first.role = "claimant"  # "The Indian Air Force on Thursday displayed ... as proof that Pakistan had used
            return  # ..., and said ...": the sentence's subject says it, the verb's subject being left out
        for n, m in enumerate(ms):
            rel = _RELATIVE_CLAUSE.match(text, m.end) if m.end <= p else None  # ("Ukraine's General Staff, which counts
            gap = rel.end() if rel and rel.end() <= p else m.end  # killed and wounded together, put ...": past its clause)
            if (m.role is None and not m.made and m.actor != "@adversary" and m.end <= p and p - m.end <= 120
                    and not (_COUNTED.search(text, max(0, m.start - 12), m.start)  # ("killed 27 Maoists in Bijapur,
                             and not _DATED.search(text, max(0, m.start - 25), m.start))  # police said": what a number
                    # counts is no subject; but "On April 30 Ukraine's General Staff said": a date is no count)
                    and not _SUBJECT_BREAK.search(_QUOTED_NAME.sub(" ", _CALL_SIGN.sub(" ", _without_aside(text[gap:p]))))
                    and not _CALLS.match(text, m.end) and not neighbour_named(text, m.start)
                    and not any(m.end <= o.start < p for o in ms[n + 1:])
                    and not (text[m.end:p].rstrip().endswith(",") and text.count(",", m.end, p) == 1 and not text[p].isascii())):
                # (Ukrainian and Russian "... біля Криму, повідомили у ВМС": the speaker comes after the verb; not a
                # relative clause closing before it: "Речник ..., який обороняє цю ділянку, каже")
                m.role = "claimant"  # ("The Israeli military did not respond to ..., but said that ...")
                return


def _without_aside(between: str) -> str:
    """The words between a subject and its verb without an apposition set off by commas: "A commander of the local
    territorial defense unit, a 51-year-old former truck driver who asked that only his first name, Oleksandr, be
    used, said" (what the aside says is no break in the subject)."""
    first, last = between.find(","), between.rstrip().rfind(",")
    if first < 0 or first == last or between[last + 1:].strip():
        return between
    return between[:first] + between[last:]


class _RolePatterns(NamedTuple):
    possessive_loss: re.Pattern
    headline: re.Pattern
    speech_before: re.Pattern
    speech_after: re.Pattern
    loss_after: re.Pattern
    agent_after: re.Pattern
    possessive_speech: re.Pattern
    loss_hint: re.Pattern
    loss_before: re.Pattern
    speech_ending: re.Pattern


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[_RolePatterns, _RolePatterns]:
    """The patterns :func:`assign_roles` tests, as written and as case-sensitive twins for lower-cased plain text."""
    ci = _RolePatterns(_POSSESSIVE_LOSS, _HEADLINE, _SPEECH_BEFORE, _speech_after(), _LOSS_AFTER, _AGENT_AFTER,
                       _possessive_speech(), _LOSS_HINT, _LOSS_BEFORE, _speech_ending())
    return ci, _RolePatterns(*(twin(p) for p in ci))


@lru_cache(maxsize=1)
def _possessive_speech() -> re.Pattern:
    """"X's latest update", "Kyiv's count": a possessive whose noun is a report."""
    return re.compile(r"^'s\s+(?:[\w-]+\s+){0,2}?(?:" + cues()["speech_noun"].pattern + r")", re.IGNORECASE)


#: A source with no actor id: bloggers, war correspondents, Telegram channels, medical or local sources, relatives,
#: witnesses ("Russian military bloggers reported", "по данным военкоров", "Sources in Lashio told ..."); and (group
#: ``org``) a research body the actor table does not know ("the Royal United Services Institute", "the Center for
#: Strategic and International Studies"), by its capitalised name. The issue's rule: a source with no actor id gives no
#: claimant. (A state's "security sources" are its officials; a bare "источники" needs what the English needs.)
_PEOPLE_SOURCES = ["milblogger", "milbloggers", "blogger", "bloggers", "military blog", "military blogs", "war correspondent",
                   "war correspondents", "telegram channel", "telegram channels", "medical source", "medical sources",
                   "hospital source", "hospital sources", "health worker", "health workers", "local sources", "relatives",
                   "witnesses", "paramedic", "paramedics", "medics", "медики", "родственники", "родственников", "родичі",
                   "родичів", "diplomatic source", "diplomatic sources", "дипломатический источник", "дипломатичне джерело"]
_UNNAMED_SOURCE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _PEOPLE_SOURCES), key=len, reverse=True)) + r"|"
    r"(?:sources|a source)\s+(?:in|close to|familiar with)|военкор\w*|военблогер\w*|блогер\w*|воєнкор\w*|телеграм-канал\w*|"
    r"telegram-канал\w*|"
    r"очевидц[ыі]|(?:источник\w*|джерел[оа])(?=\s*[«\"]|\s+(?:в|у|из|з|із|близк\w*|знаком\w*|обізнан\w*)\s)|"
    r"(?:(?:ряда|нескольких|анонимных|неназванных|местных|кількох|анонімних|місцевих)\s+)(?:источник\w*|джерел\w*)|"
    r"(?P<bare>sources|источник\w*|джерел\w*)|"  # (bare: only after "according to", "по данным")
    r"(?-i:(?!(?:However|Meanwhile|Separately|Earlier|Later|Also|Still|Now|Yesterday|Today|Instead|Overall|Again|"
    r"Then|There|Here)\b)[A-Z][\w-]+)(?=,\s+an?\s+(?:[\w-]+\s+){0,3}(?:project|initiative|website|outlet|channel|"
    r"database|team|blog|monitor|group)\b)|"  # ("UALosses, a volunteer project that collects obituaries, has identified")
    r"(?P<org>(?-i:(?:[A-Z][\w'’-]+\s+){0,4}(?:Institute|Institution|Center|Centre|Foundation|Observatory)(?:\s+(?:for|of|on)"
    r"(?:\s+(?:the|and|[A-Z][\w'’-]+))+)|(?:(?!The\s)[A-Z][\w'’-]+\s+){1,4}(?:Institute|Institution|Center|Centre|"
    r"Foundation|University|Observatory|Memorial|Museum)\b)(?!\s+(?:group|battlegroup|grouping)\b)|"
    r"(?:human\s+)?rights\s+(?:group|organi[sz]ation|monitor|watchdog)|правозащитн\w+\s+(?:организаци\w+|центр\w*|групп\w*)|"
    r"правозахисн\w+\s+(?:організаці\w+|центр\w*|груп\w*)))(?!\w)", re.IGNORECASE)  # (a rights group counts too:
# "Правозащитная организация Hengaw, следящая за ..., сообщает")
# (not "The Centre group", a Russian battlegroup)
#: ... that speaks: a speech verb right after it (or after its own modifiers or one adverb between commas, "Russian
#: military bloggers, meanwhile, reported"), or "according to"/"по данным" before it; not a source the subject cites or
#: answers ("Ukraine's military, citing witnesses, said ...", "denied reports by bloggers and said").
_SPEAKS_AFTER = re.compile(r"(?:\s+(?:in|at|on|of|близкие|близький|знакомый|обізнаний|[«\"][^»\"]{1,40}[»\"]|\([^()]{1,15}\)|"
                           r"[^\W\d][\w'’.-]*)){0,6}?"
                           r"(?:\s*,\s*[^,.;:]{1,60}?,)?(?:,\s+(?:claiming|saying|reporting|writing)|\s+(?:also\s+|have\s+|has\s+|had\s+)?"
                           r"(?:said|says|say|reported|report|reports|wrote|write|writes|claimed|claim|claims|told|posted|"
                           r"complained|complains|puts?(?=\s+(?:the|its|their|russia's|ukraine's)\s)|identified|"
                           r"counted|recorded|documented|confirmed|estimated|пишут|пишуть|пишет|пише|писали|писал[аи]?|"
                           r"сообщ\w*|повідом\w*|утвержда\w*|стверджу\w*|заяв\w*|"
                           r"кажуть|говорят))(?!\w)", re.IGNORECASE)  # ("A pro-Kremlin Telegram channel went further,
# claiming that ...")
_SPEAKS_BEFORE = re.compile(r"(?:according to|по данным|по словам|по информации|по сведениям|за даними|за словами|"
                            r"за інформацією|со ссылкой на|з посиланням на)\s+(?:[^\W\d][\w'’-]*\s+){0,3}$", re.IGNORECASE)
#: A source the subject cites, informs or answers is no speaker ("citing witnesses", "after notifying relatives",
#: "reports by military bloggers", "опровергая сообщения военкоров", "посилаючись на джерела").
_SOURCE_AS_OBJECT = re.compile(r"(?:citing|cited|notif\w*|inform\w*|reports?\s+(?:by|from|of)|responding to|denied|rejected|"
                               r"dismissed|опроверг\w*|сообщения|повідомлення|ссылаясь на|посилаючись на)\s+"
                               r"(?:(?:the|a|an|some|[^\W\d][\w'’-]*)\s+){0,3}$", re.IGNORECASE)
#: A source inside an armed body or ministry ("Источник в группировке «Север»", "a source in the defence ministry").
_IN_BODY = re.compile(r"\s+(?:in|within|at|inside|в|во|у|из|з|із)\s+(?:the\s+)?(?:[\w«»\"'’-]+\s+){0,2}?(?:группировк|"
                      r"угруповання|минобороны|міноборони|генштаб|штаб|командован|командуван|ministry|army|military|"
                      r"armed forces|command|general staff|defen[cs]e)", re.IGNORECASE)
#: Substrings one of which every :data:`_UNNAMED_SOURCE` match holds (in lower case): a cheap test before the scan.
_SOURCE_WORDS = ("blog", "correspondent", "project", "initiative", "website", "outlet", "channel", "database", "team",
                 "monitor", "group", "telegram", "source", "relatives", "witness", "medic", "военкор", "военблог",
                 "блог", "воєнкор", "телеграм", "источник", "джерел", "медики", "родствен", "родичі", "очевид", "institut",
                 "center", "centre", "foundation", "university", "observatory", "memorial", "museum", "rights",
                 "правозащит", "правозахис")
_SOURCE_KEYS = re.compile(trie_regex(_SOURCE_WORDS, literal=True))  # (a trie: one quick scan)
#: Words alone between a side and its source ("Russian military bloggers", "российские военкоры"): the side is no speaker.
_ADJECTIVES_ONLY = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,2}\s+", re.IGNORECASE)


def unnamed_source(text: str, low: str) -> re.Match | None:
    """A speaking source with no actor id in a sentence (see :data:`_UNNAMED_SOURCE`; its ``org`` group is set for a
    research body), or ``None``."""
    if not _SOURCE_KEYS.search(low):
        return None  # the common case, decided by one scan for the words
    for m in _UNNAMED_SOURCE.finditer(text):
        if _IN_BODY.match(text, m.end()) or _SOURCE_AS_OBJECT.search(text, max(0, m.start() - 40), m.start()):
            continue  # "a source in the General Staff" (that body speaks); "citing witnesses" (the subject speaks)
        before = _SPEAKS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before or (not m.group("bare") and _SPEAKS_AFTER.match(text, m.end())):
            return m  # ("Ukrainian sources reported": a side's own sources speak for it; "according to sources": nobody)
    return None


def unnamed_claimants(text: str, low: str, claimants: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``claimants`` with a speaking unnamed source put in as :data:`~.attribution.NOBODY` (``NOBODY-org`` for a
    research body, which "it said" may mean later), less the mention of a side that only qualifies it ("Russian military
    bloggers reported": no claimant, not Russia; ``…:RUS`` keeps that side, whose enemy the figures are about unless
    they name their loser)."""
    src = unnamed_source(text, low)
    if src is None:
        return claimants
    start, end = src.span()
    if any(start <= p < end and not (src.group("org") and attr.is_state(a)) for p, a in claimants):
        return claimants  # a known actor named in it ("the Institute for the Study of War": ISW; but a state in a
        # research body's name is not it: "the Pakistan Institute for Conflict and Security Studies")
    inner = [(p, a) for p, a in claimants if start <= p < end]  # (its state: whose own losses it counts)
    said = _SPEAKS_AFTER.match(text, end)
    upto = said.end() if said else end  # (a side named in a clause between the source and its verb is no speaker:
    # "Hengaw, следящая за ситуацией в курдских провинциях Ирана, сообщает"; but "the Syrian Observatory for Human
    # Rights (SOHR) said" is SOHR's)
    claimants = [(p, a) for p, a in claimants if not (start <= p < end or (end <= p < upto and "," in text[end:p]))]
    side = [(p, a) for p, a in claimants if start - 30 <= p < start and _ADJECTIVES_ONLY.fullmatch(text, p, start)] or inner
    if side and src.group("bare"):
        return claimants  # "according to Ukrainian sources": a side's own sources speak for it
    kept = [c for c in claimants if c not in side]
    return sorted(kept + [(start, attr.nobody(bool(src.group("org")), side[-1][1] if side else None))])
