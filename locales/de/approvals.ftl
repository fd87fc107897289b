# Vier-Augen-Freigabe
approval-cmd-approve = Eine Anfrage freigeben: /approve ID
approval-cmd-reject = Eine Anfrage ablehnen: /reject ID
approval-cmd-pending = Anfragen, die auf Freigabe warten
approval-cmd-override = Notfall-Freigabe durch einen Owner: /override ID Grund
approval-request =
    🛡 <b>Freigabe nötig: #{ $id }</b> ({ $kind })
    Angefragt von { $author }. Braucht { $required } Freigabe(n) durch jemand anderen; läuft ab { $expires }.

    { $description }
approval-btn-approve = ✅ Freigeben
approval-btn-reject = ❌ Ablehnen
approval-system = der externen Statusquelle
approval-recorded = Freigabe { $count } von { $required } für #{ $id } vermerkt: es fehlen noch { $remaining } von weiteren Admins oder Ownern (nicht der Autor). Bis dahin passiert nichts.
approval-rejected = Anfrage #{ $id } wurde abgelehnt: es passiert nichts.
approval-executed = Anfrage #{ $id } ist freigegeben und ausgeführt. { $result }
approval-failed = Anfrage #{ $id } wurde freigegeben, ist aber fehlgeschlagen: { $error }
approval-author-executed = Deine Anfrage #{ $id } wurde freigegeben. { $result }
approval-author-rejected = Deine Anfrage #{ $id } wurde abgelehnt.
approval-refused-not-found = Es gibt keine Anfrage #{ $id }.
approval-refused-not-pending = Anfrage #{ $id } ist bereits { $status }.
approval-refused-expired = Anfrage #{ $id } ist abgelaufen: reiche sie neu ein, wenn sie noch nötig ist.
approval-refused-own-request = Deine eigene Anfrage #{ $id } kannst du nicht freigeben: das muss ein anderer Admin oder Owner tun.
approval-refused-not-approver = Nur Admins und Owner können Anfragen freigeben oder ablehnen.
approval-refused-already-voted = Du hast #{ $id } bereits freigegeben.
approval-refused-not-owner = Nur ein Owner kann eine Notfall-Freigabe erteilen.
approval-refused-no-executor = Anfrage #{ $id } kann diese Bot-Version nicht ausführen.
approval-usage = Verwendung: /approve ID (die Nummer der Anfrage)
approval-reject-usage = Verwendung: /reject ID
approval-override-usage = Verwendung: /override ID Grund (nur Owner, für Notfälle; wird protokolliert)
approval-pending-title = <b>Warten auf Freigabe</b>
approval-pending-empty = Nichts wartet auf Freigabe.
approval-pending-line = #{ $id } { $summary } (läuft ab { $expires })
