# Zustellung: Massennachrichten, Rundbriefe, Fortschritt, registrierte Kanäle und Gruppen
delivery-progress =
    📣 Rundsendung #{ $id } ({ $kind })
    { $bar } { $percent } %
    Gesendet: { $sent } · Fehlgeschlagen: { $failed } · Blockiert: { $blocked } · Offen: { $left }
    Fertig in etwa { $eta }
delivery-report =
    ✅ Rundsendung #{ $id } ({ $kind }) ist nach { $duration } abgeschlossen.
    Empfänger: { $total }
    Gesendet: { $sent }
    Fehlgeschlagen (Chat nicht gefunden, verlassen, andere Fehler): { $failed }
    Bot blockiert: { $blocked }
    Unsicher (evtl. angekommen, nicht wiederholt): { $uncertain }
    Nach einem Neustart erneut gesendet (beim Absturz unterwegs, evtl. doppelt angekommen): { $resent }
delivery-report-cancelled =
    ⛔ Rundsendung #{ $id } ({ $kind }) wurde nach { $duration } abgebrochen.
    Empfänger: { $total } · Gesendet: { $sent } · Fehlgeschlagen: { $failed } · Blockiert: { $blocked } · Unsicher: { $uncertain } · Nicht gesendet: { $left } · Nach Neustart erneut gesendet: { $resent }
delivery-chat-added = ✅ { $title } ({ $id }) ist registriert und erhält jede offizielle Meldung.
delivery-chat-updated = ✅ { $title } ({ $id }) war schon registriert: die Einstellungen sind aktualisiert.
delivery-chat-removed = ✅ { $id } erhält keine Meldungen mehr.
delivery-chat-not-registered = { $id } ist nicht registriert: nichts geändert.
delivery-chat-unknown = Ich erreiche den Chat { $id } nicht. Füge mich zuerst hinzu (in einem Kanal als Administrator) und versuche es dann erneut.
delivery-chat-not-admin = Ich bin in { $id }, darf dort aber nicht posten: mache mich zum Administrator mit dem Recht, Nachrichten zu senden.
delivery-chat-add-usage = Verwendung: /channel_add in der Gruppe selbst, oder /channel_add -100… (die Kanal-ID) im privaten Chat. Mit „pin“ wird jede Meldung angeheftet; eine Sprache (en, de, zh) wählt die Texte.
delivery-chat-remove-usage = Verwendung: /channel_remove -100… (oder /channel_remove in der Gruppe selbst).
delivery-chat-list-title = <b>Registrierte Kanäle und Gruppen</b>
delivery-chat-list-empty = Kein Kanal und keine Gruppe registriert. Verwende /channel_add.
delivery-chat-line = • <code>{ $id }</code> { $title } ({ $type }, { $locale }) { $pin }
delivery-cmd-channel-add = Kanal oder Gruppe für offizielle Meldungen registrieren
delivery-cmd-channel-list = Registrierte Kanäle und Gruppen anzeigen
delivery-cmd-channel-remove = Meldungen an einen Kanal oder eine Gruppe beenden
broadcast-usage =
    Verwendung: /broadcast und danach der Text, ein Abschnitt pro Sprache:
    [en]
    English text
    [de]
    Deutscher Text
    [zh]
    中文文本
    Mitglieder erhalten den Text in ihrer Sprache (Englisch, wenn ihre fehlt). HTML-Formatierung funktioniert.
broadcast-preview-lang = Vorschau ({ $lang }) für { $count } Mitglieder:
broadcast-preview =
    📝 Rundsendung #{ $id } wartet auf Freigabe: { $total } Empfänger ({ $chats } Kanäle und Gruppen).
    Ein zweiter Admin gibt sie mit /broadcast_approve { $id } frei; abbrechen mit /broadcast_cancel { $id }.
broadcast-approved = ✅ Rundsendung #{ $id } ist freigegeben: der Versand beginnt. Fortschritt mit /broadcast_progress { $id }.
broadcast-not-found = Es gibt keine Rundsendung #{ $id }.
broadcast-not-pending = Rundsendung #{ $id } kann in ihrem jetzigen Zustand nicht geändert werden.
broadcast-own = Du hast Rundsendung #{ $id } verfasst: ein zweiter Admin muss sie freigeben.
broadcast-cancelled = ⛔ Rundsendung #{ $id } ist abgebrochen: es geht nichts mehr hinaus.
broadcast-empty = Es gibt niemanden, an den das gehen könnte.
broadcast-id-usage = Verwendung: /{ $command } <Nummer der Rundsendung>
broadcast-state = Rundsendung #{ $id }: { $state }
broadcast-cmd = Rundbrief an alle Mitglieder schreiben (braucht die Freigabe eines zweiten Admins)
broadcast-cmd-approve = Rundsendung eines anderen freigeben
broadcast-cmd-cancel = Rundsendung abbrechen
broadcast-cmd-progress = Fortschritt einer Rundsendung zeigen
