# Support desk: members
ticket-menu = 🆘 Support kontaktieren
ticket-cmd-support = Kundenservice kontaktieren
ticket-cmd-tickets = Deine Support-Tickets
ticket-cat-withdrawal = 💸 Auszahlung
ticket-cat-deposit = 📥 Einzahlung
ticket-cat-account = 👤 Konto
ticket-cat-rewards = 🎁 Prämien
ticket-cat-feedback = 💡 Feedback oder Vorschlag
ticket-cat-report_scam = 🚨 Betrug melden
ticket-cat-other = ❓ Sonstiges
ticket-choose-category = Worum geht es? Wähle ein Thema:
ticket-choose-category-question = Ich gebe deine Frage an den Kundenservice weiter. Worum geht es?
ticket-category-unknown = Dieses Thema wird nicht mehr angeboten. Sende /support, um neu zu wählen.
ticket-write-problem = Bitte beschreibe dein Problem in einer Nachricht. Du kannst auch einen Screenshot oder ein Dokument senden. ⚠️ Sende niemals dein Passwort, deinen privaten Schlüssel, deine Seed-Phrase oder einen 2FA-Code.
ticket-created = ✅ Dein Ticket #{ $id } ist eröffnet. Eine Person aus dem Kundenservice antwortet dir hier. Du kannst jederzeit weitere Nachrichten hinzufügen.
ticket-relayed = Zu Ticket #{ $id } hinzugefügt.
ticket-choose-ticket = Du hast mehrere offene Tickets. Zu welchem gehört diese Nachricht?
ticket-choose-stale = Diese Auswahl gilt nicht mehr. Bitte sende deine Nachricht noch einmal.
ticket-list-title = Deine Tickets:
ticket-list-line = #{ $id } { $category }: { $state } ({ $date })
ticket-list-empty = Du hast keine Tickets. Sende /support, um den Kundenservice zu kontaktieren.
ticket-btn-member-reopen = #{ $id } wieder öffnen
ticket-btn-new = Neues Ticket
ticket-reply =
    <b>{ $signature }</b>:
    { $text }
ticket-closed-member = Dein Ticket #{ $id } wurde geschlossen. Wie zufrieden bist du mit unserer Hilfe? Wähle 1 bis 5 Sterne.
ticket-rate-thanks = Danke für deine Bewertung ({ $rating }/5)! Wenn du möchtest, schreib jetzt einen kurzen Kommentar.
ticket-rate-stale = Dieses Ticket kann nicht mehr geändert werden.
ticket-comment-thanks = Danke, dein Kommentar wurde weitergegeben.
ticket-reopened-member = Dein Ticket #{ $id } ist wieder offen. Schreib hier, um etwas hinzuzufügen.
ticket-unsupported = Bitte sende Text, ein Foto oder ein Dokument: andere Nachrichtenarten können nicht weitergegeben werden.
ticket-too-long = Diese Nachricht ist zu lang (höchstens { $max } Zeichen). Bitte teile sie auf.
ticket-file-too-big = Diese Datei ist zu groß (höchstens { $max } MB).
ticket-banned = Leider kannst du im Moment keine Support-Tickets eröffnen.
ticket-limit = Du hast in der letzten Stunde { $max } Tickets eröffnet. Bitte warte etwas oder ergänze dein offenes Ticket.
ticket-state-new = neu
ticket-state-open = offen
ticket-state-waiting = wartet auf deine Antwort
ticket-state-closed = geschlossen

# Support desk: staff
ticket-cmd-queue = Offene Support-Tickets
ticket-cmd-reply-group = Allen offenen Auszahlungs-Tickets eines Assets antworten
ticket-cmd-ban = Tickets eines Mitglieds ablehnen
ticket-cmd-unban = Tickets eines Mitglieds wieder annehmen
ticket-cmd-category = Ticket-Kategorie hinzufügen oder entfernen
ticket-staff-header =
    🎫 <b>Ticket #{ $id }</b> · { $category } · { $locale }
    Mitglied: { $name } (<code>{ $member }</code>)
    Status: { $state } · Priorität: { $priority } · Übernommen von: { $taken }
    Tags: { $tags }
ticket-priority-normal = normal
ticket-priority-high = hoch
ticket-priority-urgent = dringend
ticket-btn-take = 🙋 Übernehmen
ticket-btn-priority = ⚡ Priorität
ticket-btn-close = ✅ Schließen
ticket-btn-reopen = ↩️ Wieder öffnen
ticket-done-take = Ticket #{ $id } übernommen von { $name }.
ticket-done-prio = Priorität von #{ $id } geändert.
ticket-done-close = Ticket #{ $id } geschlossen.
ticket-done-reopen = Ticket #{ $id } wieder geöffnet.
ticket-staff-question = ❔ Das Mitglied fragte den Bot, der keine Antwort hatte: { $text }
ticket-staff-closed = Ticket #{ $id } ist geschlossen: deine Nachricht wurde nicht gesendet. Öffne es zuerst wieder.
ticket-staff-unsupported = Nur Text, Fotos und Dokumente werden an das Mitglied weitergegeben.
ticket-staff-member-blocked = ⛔ Das Mitglied hat den Bot blockiert: die Antwort auf Ticket #{ $id } konnte nicht zugestellt werden.
ticket-staff-not-delivered = ⚠️ Die Antwort auf Ticket #{ $id } konnte nicht zugestellt werden. Versuche es später noch einmal.
ticket-staff-member-reopened = ↩️ Das Mitglied hat Ticket #{ $id } wieder geöffnet.
ticket-staff-reminder = ⏰ Noch unbeantwortet (Ziel { $minutes } Minuten): { $tickets }
ticket-officer-line = #{ $id } { $category }, wartet seit { $minutes } Min.
ticket-officer-escalation =
    🚨 <b>{ $count } Ticket(s) haben das Ziel für die erste Antwort von { $minutes } Minuten verfehlt</b>
    { $tickets }
ticket-digest =
    📊 <b>Support, letzte 24 Stunden</b>
    Neu: { $created }
    Jetzt offen: { $open }
    Überfällig (keine erste Antwort): { $overdue }
    Zufriedenheit (7 Tage): { $rating }/5 aus { $ratings } Bewertung(en)
ticket-alert-staff = ⚠️ Support-Tickets erreichen die Staff-Gruppe nicht: { $problem }. Sie bleiben in der Datenbank (siehe /queue oder `tickets list`). Ticket: #{ $id }
ticket-queue-title = <b>Offene Tickets</b> ({ $count }), dringendste und älteste zuerst:
ticket-queue-line = #{ $id } [{ $priority }] { $state } · { $category } · { $age } Min. · { $taken } { $problem }
ticket-queue-empty = Keine offenen Tickets. 🎉
ticket-reply-group-usage = Verwendung: /reply_group <ASSET> <Text>, z. B. /reply_group BTC Auszahlungen verzögern sich wegen Wartung.
ticket-reply-group-none = Keine offenen Auszahlungs-Tickets erwähnen { $asset }.
ticket-reply-group-queued = Antwort an { $tickets } { $asset }-Ticket(s) an die Zustellwarteschlange übergeben (Broadcast { $id }).
ticket-reply-group-done = Antwort an { $tickets } { $asset }-Ticket(s): { $sent } zugestellt, { $blocked } haben den Bot blockiert, { $failed } fehlgeschlagen.
ticket-ban-usage = Verwendung: /ticket_ban <Telegram-ID> [Grund] oder /ticket_unban <Telegram-ID>
ticket-ban-done = { $id } kann keine Tickets mehr eröffnen.
ticket-unban-done = { $id } kann wieder Tickets eröffnen.
ticket-category-usage = Verwendung: /ticket_category add <Schlüssel> [Bezeichnung] oder /ticket_category remove <Schlüssel>
ticket-category-done = Kategorien aktualisiert: { $key }.
ticket-staff-suggestion =
    🤖 <b>Zusammenfassung</b>: { $summary }
    <b>Antwortvorschlag</b> (nicht gesendet; schreibe deine eigene Antwort in diesem Thema):
    { $reply }
ticket-staff-kb-matches =
    📚 <b>Wissensdatenbank-Einträge, die das beantworten könnten</b> (in der Sprache des Mitglieds):
    { $entries }
ticket-staff-kb-entry = • { $title } (<code>{ $id }</code>)
