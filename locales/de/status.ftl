# Status: Auszahlungs- und Einzahlungsstatus je Asset
status-menu = 📊 Auszahlungsstatus
status-cmd-status = Status von Auszahlungen und Einzahlungen (z. B. /status BTC)
status-cmd-history = Verlauf eines Assets (z. B. /history BTC)
status-cmd-follow = Wählen, welche Status-Meldungen du bekommst
status-cmd-setstatus = Status ändern oder ein Update veröffentlichen
status-cmd-addasset = Neues Asset verfolgen: /addasset BTC Bitcoin
status-cmd-correct = Ein veröffentlichtes Update korrigieren: /correct UPDATE_ID
status-state-operational = ✅ in Betrieb
status-state-delayed = ⏳ verzögert
status-state-paused = ⛔ pausiert
status-state-resumed = 🔄 wieder aufgenommen
status-direction-withdrawals = Auszahlungen
status-direction-deposits = Einzahlungen
status-template-operational = { $direction } für { $symbol } funktionieren normal.
status-template-delayed = { $direction } für { $symbol } sind verzögert. Deine Guthaben sind sicher; wir melden uns hier mit einem Update.
status-template-paused = { $direction } für { $symbol } sind vorübergehend pausiert. Deine Guthaben sind sicher; wir melden uns hier mit einem Update.
status-template-resumed = { $direction } für { $symbol } laufen wieder.
status-template-update = Update zu { $symbol } ({ $direction }): Der Status ist weiterhin { $state }. Details unter /status { $symbol }.
status-message-change =
    📢 <b>{ $symbol }</b> ({ $name }) · { $direction }: { $state }

    { $text }
status-message-update =
    📢 <b>{ $symbol }</b> ({ $name }) · { $direction }: { $state }

    { $text }
status-message-correction =
    ✏️ <b>Korrektur</b> · <b>{ $symbol }</b> ({ $name }) · { $direction }

    { $text }
status-reminder = ⏳ <b>{ $symbol }</b>: { $direction } sind weiterhin pausiert seit { $since }. Nächstes Update bis { $next }. Deine Guthaben sind sicher.
status-asset-line = <b>{ $symbol }</b> { $name } — Auszahlungen { $withdrawals }, Einzahlungen { $deposits }
status-title = <b>Status von Auszahlungen und Einzahlungen</b>
status-none = Es werden noch keine Assets verfolgt.
status-unknown-asset = { $symbol } kenne ich nicht. Bekannte Assets: { $known }
status-updated-at = Letzte Änderung: { $time }
status-follow-title = <b>Deine Status-Meldungen</b>
status-follow-all-on = 🔔 Du bekommst die offiziellen Meldungen zu allen Assets.
status-follow-all-off = 🔕 Du bekommst keine offiziellen Meldungen.
status-follow-some = Außerdem folgst du: { $symbols }
status-follow-hint = Tippe jederzeit auf einen Knopf, um es zu ändern.
status-btn-follow-all = 🔔 Alle Meldungen erhalten
status-btn-unfollow-all = 🔕 Keine Meldungen mehr
status-btn-follow-one = ➕ { $symbol }
status-btn-unfollow-one = ✅ { $symbol }
status-followed-all = Du bekommst jetzt jede offizielle Meldung.
status-unfollowed-all = Du bekommst keine offiziellen Meldungen mehr.
status-followed-one = Du folgst { $symbol }.
status-unfollowed-one = Du folgst { $symbol } nicht mehr.
status-history-title = <b>{ $symbol }</b> ({ $name }): Verlauf
status-history-line = { $time } · { $direction }: { $state } — { $text }
status-history-correction = { $time } · ✏️ Korrektur — { $text }
status-history-empty = Noch keine Updates zu { $symbol }.
status-history-usage = Sende /history mit einem Asset, z. B. /history BTC
status-error-unknown-asset = Unbekanntes Asset { $symbol }. Lege es zuerst an (/addasset { $symbol } Name oder im CLI: status asset add { $symbol } "Name").
status-error-direction = „{ $value }“ ist weder withdrawals noch deposits.
status-error-state = „{ $value }“ ist kein Status: operational, delayed, paused oder resumed.
status-error-english-required = Der englische Text ist Pflicht.
status-error-time = „{ $value }“ ist kein Zeitpunkt (z. B. 2026-11-25T18:00Z).
status-error-symbol = „{ $value }“ ist kein Asset-Kürzel (2 bis 12 Buchstaben oder Ziffern, z. B. BTC).
status-error-name = Das Asset braucht einen Namen, z. B. Bitcoin.
status-error-unknown-update = Es gibt kein Update #{ $id }.
status-addasset-usage = Verwendung: /addasset KÜRZEL Name, z. B. /addasset BTC Bitcoin
status-asset-added = { $symbol } ({ $name }) wird jetzt verfolgt: in Betrieb.
status-asset-exists = { $symbol } wird bereits verfolgt.
status-flow-pick-asset = Welches Asset?
status-flow-no-assets = Noch keine Assets: lege eines mit /addasset BTC Bitcoin an.
status-flow-ask-name = { $symbol } wird noch nicht verfolgt. Sende den vollen Namen, um es anzulegen (z. B. Bitcoin), oder /cancel.
status-flow-pick-direction = { $symbol }: Auszahlungen oder Einzahlungen?
status-flow-pick-state = { $symbol } { $direction } sind jetzt { $current }. Neuer Status?
status-flow-update-only = 📝 Keine Änderung, nur ein Update
status-flow-ask-en = Sende die Nachricht für Mitglieder auf Englisch (Pflicht).
status-flow-ask-de = Jetzt auf Deutsch, oder Überspringen für die übersetzte Vorlage.
status-flow-ask-zh = Jetzt auf Chinesisch, oder Überspringen für die übersetzte Vorlage.
status-flow-ask-reminder = Solange pausiert, Follower erinnern („weiterhin pausiert seit …“) alle … (nie öfter als alle { $min } Minuten)
status-flow-remind-every = { $hours } Std.
status-flow-remind-none = Keine Erinnerungen
status-flow-skip = Überspringen
status-flow-cancel = Abbrechen
status-flow-cancelled = Abgebrochen: nichts wurde eingereicht.
status-flow-text-expected = Bitte sende den Text als Nachricht, oder /cancel.
status-flow-preview-title = <b>Vorschau</b>: { $total } Follower bekommen das.
status-flow-preview-lang = — <b>{ $lang }</b>, { $count } Mitglieder:
status-flow-submit = ✅ Zur Freigabe einreichen
status-flow-submitted = Anfrage #{ $id } wartet auf die Freigabe durch einen anderen Admin. Die Freigebenden wurden benachrichtigt.
status-correct-usage = Verwendung: /correct UPDATE_ID neuer englischer Text (die Nummer zeigt das CLI: status history SYMBOL)
status-result-sent = Update #{ $id } zu { $symbol } ist gespeichert und geht an { $count } Follower (Broadcast #{ $broadcast }).
status-result-recorded = Update #{ $id } zu { $symbol } ist gespeichert und in /status sichtbar, wurde aber NICHT versendet: der Versanddienst ist nicht verfügbar. { $count } Follower hätten es bekommen.
status-result-delivery-failed = Update #{ $id } zu { $symbol } ist gespeichert und in /status sichtbar, aber der Versanddienst hat es abgelehnt: NICHT an die { $count } Follower versendet. Bitte das Versand-Team informieren.
status-result-no-followers = Update #{ $id } zu { $symbol } ist gespeichert; niemand folgt dem Asset, daher wurde nichts versendet.
status-result-scheduled = Die Meldung zu { $symbol } ist freigegeben und für { $at } geplant.
status-result-corrected = Korrektur #{ $id } zu { $symbol } ist gespeichert: { $copies } bereits versendete Nachrichten werden bearbeitet (Broadcast #{ $broadcast }); { $queued } noch nicht versendete bekommen gleich den korrigierten Text.
status-result-correction-unsent = Korrektur #{ $id } zu { $symbol } ist gespeichert; das ursprüngliche Update wurde nie versendet, es gibt also nichts zu bearbeiten.
status-result-correction-nothing = Korrektur #{ $id } zu { $symbol } ist gespeichert; keine Kopie des Originals ist angekommen (fehlgeschlagen oder blockiert), daher wurde nichts bearbeitet.
status-result-correction-no-delivery = Korrektur #{ $id } zu { $symbol } ist gespeichert und in /history sichtbar, aber die Nachrichten wurden NICHT bearbeitet: der Versanddienst ist nicht verfügbar.
status-result-correction-failed = Korrektur #{ $id } zu { $symbol } ist gespeichert, aber der Versanddienst hat die Bearbeitung abgelehnt: die Nachrichten zeigen noch den alten Text. Bitte das Versand-Team informieren.
