# Sicherheit
safety-cmd-verify = Prüfen, ob jemand zum Team gehört, oder einen Code einer offiziellen Nachricht prüfen
safety-cmd-check = Adresse, Link oder @Handle mit den offiziellen Listen vergleichen
safety-cmd-official-list = Offizielle Domains, Handles, Links und Adressen
safety-cmd-official-add = Offizielle Domain, Handle, Link oder Adresse hinzufügen
safety-cmd-official-remove = Offiziellen Eintrag entfernen
safety-secret-private-warning = ⚠️ Das sah aus wie eine Wiederherstellungsphrase (Seed-Wörter) oder ein privater Schlüssel. Ich habe es nicht gespeichert. Teile es niemals – das Team fragt NIE danach. Falls du es irgendwo gepostet hast, übertrage dein Guthaben jetzt in eine neue Wallet.
safety-secret-group-notice = ⚠️ Eine Nachricht von { $name } wurde entfernt, weil sie wie eine Wiederherstellungsphrase oder ein privater Schlüssel aussah. Teilt so etwas nie: Das Team fragt nie danach.
safety-secret-group-notice-undeleted = ⚠️ { $name }, deine Nachricht sieht aus wie eine Wiederherstellungsphrase oder ein privater Schlüssel. Lösche sie sofort und übertrage dein Guthaben in eine neue Wallet. Das Team fragt nie danach.
safety-staff-cannot-delete = ⚠️ Ich darf in { $chat } keine Nachrichten löschen (fehlende Rechte); dort gepostete Seed-Phrasen und Schlüssel bleiben sichtbar. Bitte gib mir das Recht „Nachrichten löschen“.
safety-staff-lookalike = 🔗 Nachgeahmter Link in { $chat } von { $who }: <code>{ $value }</code> imitiert <code>{ $like }</code>. { $deleted ->
    [yes] Die Nachricht wurde gelöscht.
   *[no] Die Nachricht wurde nicht gelöscht.
}
safety-staff-impersonation-restrict = 🚨 Möglicher Betrüger in { $chat }: { $who }. Grund: { $reason } (Team-ID: { $staff }). Ich habe ihn eingeschränkt. Fall #{ $case }.
safety-staff-impersonation-ban = 🚨 Möglicher Betrüger in { $chat }: { $who }. Grund: { $reason } (Team-ID: { $staff }). Ich habe ihn gesperrt. Fall #{ $case }.
safety-staff-impersonation-alert = 🚨 Möglicher Betrüger in { $chat }: { $who }. Grund: { $reason } (Team-ID: { $staff }). Keine Maßnahme ergriffen. Fall #{ $case }.
safety-undo-restrict = ↩️ Rückgängig: Einschränkung aufheben
safety-undo-ban = ↩️ Rückgängig: Sperre aufheben
safety-undo-done = Rückgängig gemacht.
safety-undo-already = Dieser Fall ist bereits abgeschlossen.
safety-verify-usage = So geht's: /verify @benutzername, /verify <numerische ID>, /verify CODE (aus einer offiziellen Nachricht) oder /verify als Antwort auf eine Nachricht. Du kannst mir auch privat eine Nachricht weiterleiten.
safety-verify-staff = ✅ { $who } (ID <code>{ $id }</code>) gehört offiziell zum Team ({ $roles }).
safety-verify-not-staff = ⛔ { $who } (ID <code>{ $id }</code>) gehört NICHT zum Team. Vorsicht: Schicke ihm nie Geld, Codes oder Wiederherstellungsphrasen.
safety-verify-hidden = ⛔ Der Absender „{ $name }“ verbirgt sein Konto und kann nicht geprüft werden. Behandle ihn als NICHT zum Team gehörig: Das echte Team schreibt dich nie zuerst an.
safety-verify-chat-official = ✅ „{ $name }“ ist ein offizieller Kanal.
safety-verify-chat-not-official = ⛔ „{ $name }“ ist KEIN offizieller Kanal. Vorsicht.
safety-verify-unknown-username = ❓ @{ $username } habe ich noch nicht gesehen und kann daher nicht sagen, wer das ist. Ob jemand zum Team gehört, entscheidet nur die Telegram-ID: Bitte ihn, in der Gruppe zu schreiben, oder leite mir eine seiner Nachrichten weiter.
safety-code-official = ✅ Code <code>{ $code }</code> ist echt: Ich habe diese offizielle Nachricht ({ $kind }) am { $sent } gesendet: { $summary }
safety-code-unknown = ⛔ Es gibt keine offizielle Nachricht mit dem Code <code>{ $code }</code>. Behandle die Nachricht als Fälschung.
safety-check-usage = So geht's: /check <Wallet-Adresse | Link | @Handle>
safety-check-official = ✅ <code>{ $value }</code> ist offiziell ({ $kind }){ $where }.
safety-check-not-official = ⛔ <code>{ $value }</code> ist NICHT offiziell: es imitiert <code>{ $like }</code>. Nicht verwenden.
safety-check-unknown = ❓ <code>{ $value }</code> steht nicht auf den offiziellen Listen. Vorsicht: Sende nie Geld an eine Adresse und öffne keinen Link, den dir jemand im Chat gegeben hat. /official_list zeigt, was offiziell ist.
safety-official-usage = So geht's: /official_add domain okex.com · /official_add handle @OKExOfficial_English · /official_add link twitter.com/OKEx · /official_add address BTC bitcoin 1ABC… (genauso für /official_remove).
safety-official-add-done = ✅ { $kind } <code>{ $value }</code> zur offiziellen Liste hinzugefügt.
safety-official-add-unchanged = { $kind } <code>{ $value }</code> ist bereits offiziell: nichts geändert.
safety-official-remove-done = ✅ { $kind } <code>{ $value }</code> von der offiziellen Liste entfernt.
safety-official-remove-unchanged = { $kind } <code>{ $value }</code> stand nicht auf der offiziellen Liste: nichts geändert.
safety-official-invalid = <code>{ $value }</code> ist kein gültiger Wert für { $kind } (eine Adresse braucht Asset und Netzwerk: /official_add address BTC bitcoin 1ABC…).
safety-official-list-title = <b>Offizielle Domains, Handles, Links und Adressen</b>
safety-official-list-empty = Die offiziellen Listen sind leer.
