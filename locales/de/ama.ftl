# AMA: Live-Sitzungen
ama-cmd-ask = Eine Frage im Live-AMA stellen
ama-cmd-ask-anon = Anonym im Live-AMA fragen
ama-cmd-new = AMA-Sitzung anlegen
ama-cmd-list = AMA-Sitzungen auflisten
ama-cmd-open = Fragen annehmen
ama-cmd-pause = Fragen pausieren
ama-cmd-close = Sitzung beenden
ama-cmd-next = Host: nächste Frage
ama-cmd-export = Zusammenfassung exportieren (Markdown oder JSON)
ama-cmd-edit = Eine Frage bearbeiten
ama-cmd-merge = Zwei doppelte Fragen zusammenführen
ama-cmd-suggestions = Unbeantwortete AMA-Fragen für die Wissensdatenbank
ama-anonymous = anonym
ama-no-session = Gerade nimmt kein AMA Fragen an. Das nächste kündigen wir in der Community-Gruppe an.
ama-intake-paused = Die Fragen sind kurz pausiert. Bitte versuche es gleich noch einmal.
ama-limit = Du hast in diesem AMA schon { $max } Fragen gestellt, das Maximum. Stimme auf der Tafel für andere Fragen ab!
ama-refused-empty = Deine Frage scheint leer oder zu kurz. Bitte schreibe eine vollständige Frage.
ama-refused-too-long = Deine Frage ist zu lang. Bitte fasse dich kurz (höchstens 600 Zeichen).
ama-refused-link = Fragen mit Links können nicht angenommen werden. Bitte frage ohne Link.
ama-refused-secret = ⚠️ Deine Frage sieht aus, als enthielte sie ein Geheimnis (eine Seed-Phrase oder einen privaten Schlüssel). Sie wurde NICHT gespeichert und niemandem gezeigt. Teile so etwas nie, auch nicht mit Mitarbeitern. Falls du es irgendwo gepostet hast, bringe dein Guthaben jetzt in eine neue Wallet.
ama-refused-spam = Das sieht nach Spam aus und wurde nicht angenommen. Bitte stelle eine echte Frage.
ama-received = Danke! Deine Frage #{ $id } ist angekommen und erscheint auf der Tafel, sobald ein Moderator sie freigibt.
ama-approved = Deine Frage #{ $id } steht jetzt auf der Tafel. Mitglieder können dafür abstimmen.
ama-rejected = Deine Frage #{ $id } wurde von den Moderatoren leider nicht angenommen.
ama-merged = Deine Frage ist #{ $id } auf der Tafel sehr ähnlich: „{ $text }“. Wir haben sie zusammengeführt, deine Stimme zählt dort; du erfährst, wenn sie beantwortet wird.
ama-answered = Der Host hat deine Frage #{ $id } („{ $text }“) im AMA „{ $title }“ beantwortet. Schau in die Gruppe!
ama-ask-prompt = Schicke deine Frage als nächste Nachricht.
ama-ask-prompt-anon = Schicke deine Frage als nächste Nachricht. Sie wird als anonym angezeigt.
ama-ask-anon-button = 🕶 Anonym fragen
ama-ask-usage-group = Schreibe /ask und dahinter deine Frage, oder füge #ama zu deiner Nachricht hinzu.
ama-vote-added = 👍 Stimme für #{ $id } gezählt ({ $votes } Stimmen). Nochmals drücken nimmt sie zurück.
ama-vote-removed = Deine Stimme für #{ $id } wurde zurückgenommen ({ $votes } Stimmen).
ama-vote-closed = Für diese Frage kann nicht mehr abgestimmt werden.
ama-board-title = 📋 <b>AMA: { $title }</b> (#{ $id })
ama-board-status-draft = Fragen sind bald möglich.
ama-board-status-open = Frage mit /ask oder #ama, stimme mit den Knöpfen unten ab.
ama-board-status-paused = ⏸ Die Fragen sind pausiert.
ama-board-status-closed = Das AMA ist vorbei. Danke!
ama-board-now-answering = 🎙 <b>Jetzt beantwortet:</b> #{ $id } { $text }
ama-board-empty = Noch keine Fragen auf der Tafel.
ama-board-line = { $n }. 👍 { $votes } · #{ $id } { $text } <i>({ $asker })</i>
ama-board-vote-button = 👍 #{ $id } ({ $votes })
ama-mod-card =
    ❓ Neue AMA-Frage #{ $id } ({ $lang }) für „{ $title }“
    Von: { $asker }

    { $text }
ama-mod-approve = ✅ Freigeben
ama-mod-reject = ❌ Ablehnen
ama-mod-edit = ✏️ Bearbeiten
ama-mod-approved = freigegeben
ama-mod-rejected = abgelehnt
ama-mod-merged = mit #{ $into } zusammengeführt
ama-mod-already = Diese Frage wurde schon bearbeitet.
ama-edit-prompt = Antworte auf diese Nachricht mit dem neuen Text für Frage #{ $id }.
ama-edit-usage = Verwendung: /ama_edit ID neuer Text
ama-edit-done = Frage #{ $id } lautet jetzt: { $text }
ama-merge-usage = Verwendung: /ama_merge VON_ID IN_ID (beide auf der Tafel)
ama-merge-failed = Diese Fragen können nicht zusammengeführt werden (beide müssen auf der Tafel derselben Sitzung stehen).
ama-merge-done = #{ $from } mit #{ $into } zusammengeführt: jetzt { $votes } Stimmen.
ama-next-card =
    🎙 <b>Nächste Frage #{ $id }</b> (👍 { $votes }, { $asker })

    { $text }

    Antworte auf diese Nachricht (Text oder Sprachnachricht).
ama-next-then = <b>Danach:</b>
ama-next-line = #{ $id } (👍 { $votes }) { $text }
ama-next-empty = Keine offenen Fragen auf der Tafel.
ama-next-skip = ⏭ Überspringen
ama-next-defer = ⏳ Später
ama-next-skipped = #{ $id } übersprungen.
ama-next-deferred = #{ $id } ans Ende verschoben.
ama-answer-usage = Antworte mit Text oder einer Sprachnachricht.
ama-answer-posted = Antwort auf #{ $id } in { $groups } Gruppe(n) gepostet.
ama-answer-post =
    ❓ <b>{ $asker }:</b> { $question }

    💬 <b>Host:</b> { $answer }
ama-answer-voice-post = ❓ <b>{ $asker }:</b> { $question } — 🎙 der Host antwortet per Sprachnachricht
ama-announce = 📣 AMA „{ $title }“ beginnt { $start }. Stelle deine Fragen mit /ask oder #ama!
ama-announce-open = 🟢 Das AMA „{ $title }“ ist offen: frage mit /ask oder #ama und stimme auf der Tafel ab.
ama-announce-paused = ⏸ Die Fragen für „{ $title }“ sind kurz pausiert.
ama-announce-closed = 🏁 Das AMA „{ $title }“ ist vorbei. Danke für eure Fragen! Eine Zusammenfassung folgt.
ama-reminder-24h = ⏰ Morgen: AMA „{ $title }“ um { $start }. Bereite deine Fragen vor!
ama-reminder-1h = ⏰ In einer Stunde: AMA „{ $title }“ um { $start }.
ama-new-usage =
    Verwendung: <code>/ama_new Titel | 2026-11-26 14:00 | en,de,zh | -1001234567890 | Host-ID</code>
    Zeit in UTC; Sprachen en, de, zh; Gruppen-IDs durch Kommas getrennt; Host-ID optional (sonst du).
ama-new-bad-date = Die Startzeit muss so aussehen: 2026-11-26 14:00 (UTC).
ama-new-bad-languages = Sprachen müssen en, de oder zh sein, durch Kommas getrennt.
ama-new-bad-groups = Gruppen-IDs müssen numerische Chat-IDs wie -1001234567890 sein.
ama-new-bad-host = Der Host muss eine numerische Telegram-ID sein.
ama-new-done = AMA #{ $id } „{ $title }“ angelegt. Öffne die Fragen mit /ama_open { $id }.
ama-list-title = <b>AMA-Sitzungen</b>
ama-list-empty = Noch keine AMA-Sitzungen.
ama-list-line = #{ $id } { $title }: { $status }, { $start } UTC
ama-session-unknown = Diese AMA-Sitzung gibt es nicht.
ama-status-open = AMA #{ $id } „{ $title }“ nimmt Fragen an.
ama-status-paused = AMA #{ $id } „{ $title }“ ist pausiert.
ama-status-closed = AMA #{ $id } „{ $title }“ ist beendet. Unbeantwortete Fragen wurden als Vorschläge für die Wissensdatenbank gespeichert.
ama-export-usage = Verwendung: /ama_export ID [md|json]
ama-export-caption = Zusammenfassung von AMA #{ $id } ({ $language })
ama-export-host = Host
ama-export-intro = Die Highlights des AMA „{ $title }“ vom { $date }: Die Community stellte { $asked } Fragen, { $answered } davon wurden live beantwortet.
ama-export-machine-translated = Maschinell übersetzt.
ama-export-qa-heading = Fragen und Antworten
ama-export-unanswered-heading = Die wichtigsten unbeantworteten Fragen
ama-export-asked-by = Gefragt von { $asker } · 👍 { $votes }
ama-export-votes = { $votes } Stimmen
ama-export-none = Keine.
ama-export-voice-answer = (per Sprachnachricht beantwortet)
ama-suggestions-title = <b>Vorschläge für die Wissensdatenbank aus AMAs</b> (unbeantwortet)
ama-suggestions-empty = Noch keine Vorschläge.
ama-suggestions-line = #{ $id } (AMA { $session }, 👍 { $votes }, { $lang }) { $text }
ama-new-ask-title = Neues AMA. Wie lautet der Titel? (/cancel zum Abbrechen)
ama-new-ask-start = Wann beginnt es? Schreibe es so: 2026-11-26 14:00 (UTC).
ama-new-ask-languages = Welche Sprachen? Zum Beispiel: en,de,zh
ama-new-ask-groups = In welchen Gruppen läuft es? Ihre numerischen IDs, durch Kommas getrennt (wie -1001234567890).
ama-new-cancelled = Abgebrochen: Es wurde kein AMA angelegt.
