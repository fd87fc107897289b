# Wissensdatenbank: Antworten, Feedback, Pflege
kb-answer =
    <b>{ $title }</b>

    { $answer }
kb-unsure = Ich bin nicht sicher, ob ich dich richtig verstehe. Meinst du eines davon?
kb-none = Darauf habe ich in der Wissensdatenbank keine Antwort, und ich rate nicht. Der Kundensupport hilft dir gern: Drücke unten auf den Knopf, um ein Ticket mit deiner Frage zu eröffnen.
kb-declined =
    { $answer }

    Der Kundensupport hilft dir gern: Drücke unten auf den Knopf, um ein Ticket mit deiner Frage zu eröffnen.
kb-none-group = Darauf habe ich in der Wissensdatenbank keine Antwort. Schreib mir privat, um den Kundensupport zu erreichen.
kb-btn-support = 💬 Kundensupport fragen
kb-btn-up = 👍
kb-btn-down = 👎
kb-related = Verwandt:
kb-sources = Quellen: { $titles }
kb-feedback-thanks = Danke für dein Feedback!
kb-feedback-sorry = Schade, dass das nicht geholfen hat. Ich habe deine Frage notiert, damit das Team die Antwort verbessert. Der Kundensupport hilft dir sofort:
kb-faq-usage = Schreib deine Frage hinter den Befehl, z. B. /faq ist mein Geld sicher?
kb-live-withdrawals = <b>{ $symbol }</b>: Auszahlungen sind { $state -> [operational] offen und laufen normal [resumed] wieder offen [delayed] offen, aber verzögert [paused] derzeit pausiert *[other] { $state } }; Einzahlungen sind { $deposits -> [operational] offen [resumed] wieder offen [delayed] verzögert [paused] pausiert *[other] { $deposits } }. Stand: { $time } UTC.
kb-inline-none = Keine passende Antwort
kb-inline-none-text = Darauf habe ich noch keine Antwort in der Wissensdatenbank. Frag mich privat, um den Kundensupport zu erreichen.
kb-support-unavailable = Der Kundensupport ist noch nicht angebunden. Bitte nutze das Hilfe-Center der Börse.
kb-gaps-title = <b>Unbeantwortete und 👎-Fragen</b> (häufigste zuerst)
kb-gaps-empty = Keine unbeantworteten Fragen. 🎉
kb-staff-usage =
    <b>Wissensdatenbank</b>
    /kb_list [Tag] — Einträge auflisten
    /kb_show &lt;id&gt; — Eintrag und Versionen zeigen
    /kb_add — auf einen YAML-Eintrag antworten, um ihn hinzuzufügen
    /kb_edit — auf einen YAML-Eintrag antworten, um ihn zu ersetzen
    /kb_delete &lt;id&gt; — Eintrag löschen
    /kb_revert &lt;id&gt; &lt;version&gt; — alte Version wiederherstellen
    /kb_export — die ganze Wissensdatenbank als Datei
    /kb_import — auf eine .yaml-Datei antworten, um sie zu importieren (ersetzen) oder /kb_import merge
    /kb_gaps — was Mitglieder ohne Antwort gefragt haben
kb-list-title = <b>Wissensdatenbank</b>: { $count } Einträge
kb-list-empty = Die Wissensdatenbank ist leer.
kb-not-found = Es gibt keinen Eintrag „{ $id }“.
kb-show =
    <b>{ $id }</b> v{ $version } · { $hits } Treffer · Tags: { $tags }
    { $title }
    Versionen: { $versions }
kb-saved = ✅ Eintrag „{ $id }“ als Version { $version } gespeichert.
kb-deleted = 🗑 Eintrag „{ $id }“ gelöscht (Version { $version }; /kb_revert { $id } { $previous } stellt ihn wieder her).
kb-reverted = ↩️ Eintrag „{ $id }“ auf Version { $from } zurückgesetzt (jetzt Version { $version }).
kb-version-missing = Eintrag „{ $id }“ hat keine Version { $version }.
kb-invalid = ❌ Nichts wurde geändert. Probleme:
    { $problems }
kb-import-need-file = Antworte mit /kb_import auf eine .yaml-Datei (oder /kb_import merge, um Einträge zu behalten, die nicht in der Datei stehen).
kb-import-done = ✅ Importiert: { $created } neu, { $updated } geändert, { $deleted } gelöscht, { $unchanged } unverändert.
kb-import-too-big = Die Datei ist zu groß (höchstens 1 MB).
kb-edit-need-yaml = Antworte mit /kb_add oder /kb_edit auf eine Nachricht, die einen Eintrag in YAML enthält (id, tags, related, texts).
kb-edit-exists = Eintrag „{ $id }“ gibt es schon: Ändere ihn mit /kb_edit.
kb-export-caption = Wissensdatenbank, { $count } Einträge.
kb-auto-usage = Nutze /kb_auto on oder /kb_auto off in einer Gruppe.
kb-auto-on = ✅ Ich beantworte sehr eindeutige Fragen in dieser Gruppe von selbst (höchstens 20 pro Minute).
kb-auto-off = Automatische Antworten in dieser Gruppe sind aus. Ich antworte, wenn man mich erwähnt, mir antwortet oder /faq nutzt.
cmd-faq = Die Wissensdatenbank fragen (in Gruppen)
cmd-kb = Die Wissensdatenbank pflegen
cmd-kb-gaps = Fragen ohne Antwort
