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
    Unsicher (evtl. angekommen, nicht wiederholt): { $uncertain }{ $uncertain ->
        [0] {""}
       *[other] {" "}· Prüfen: /broadcast_uncertain { $id }
    }
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
broadcast-approval-recorded = Freigabe { $count } von { $required } für Rundsendung #{ $id } vermerkt: es fehlen noch { $remaining } von weiteren Admins oder Ownern (nicht der Autor). Noch wird nichts versendet.
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
broadcast-cmd-uncertain = Unsichere Nachrichten einer Rundsendung prüfen und erneut senden
broadcast-uncertain-title = ⚠️ Rundsendung #{ $id }: { $count } Nachrichten sind unsicher (ein Netzwerkfehler, nachdem die Anfrage Telegram vielleicht erreicht hat). Sie werden nie von selbst wiederholt.
broadcast-uncertain-line = • <code>{ $chat }</code> ({ $op }) { $error }
broadcast-uncertain-more = … und { $more } weitere (die CLI listet alle: broadcast uncertain ID).
broadcast-uncertain-btn-resend = 🔁 Diese { $count } erneut senden…
broadcast-uncertain-confirm = Die { $count } unsicheren Nachrichten von Rundsendung #{ $id } erneut senden? Einige sind vielleicht schon angekommen: diese Mitglieder bekämen die Nachricht doppelt.
broadcast-uncertain-btn-yes = Ja, { $count } erneut senden
broadcast-uncertain-btn-no = Nein, so lassen
broadcast-uncertain-requeued = 🔁 { $count } unsichere Nachrichten von Rundsendung #{ $id } sind noch einmal eingereiht. Der Autor bekommt einen neuen Abschlussbericht.
broadcast-uncertain-kept = Nichts wurde erneut gesendet: Rundsendung #{ $id } bleibt, wie sie ist.
broadcast-uncertain-none = Rundsendung #{ $id } hat keine unsicheren Nachrichten.
broadcast-uncertain-cancelled = Rundsendung #{ $id } wurde abgebrochen: ihre Nachrichten werden nicht erneut gesendet.
broadcast-uncertain-changed = Die unsicheren Nachrichten von Rundsendung #{ $id } haben sich inzwischen geändert (hat jemand anderes gehandelt?): nichts wurde gesendet. Erneut ansehen mit /broadcast_uncertain { $id }.
