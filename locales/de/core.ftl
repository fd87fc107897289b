# Grundlagen: Start, Hilfe, Sprache, Datenschutz, Fehler
start-welcome =
    Hallo { $name }! 👋 Ich bin der Community-Assistent der Börse.

    Das kann ich für dich tun:
    • deine Fragen zu Auszahlungen, zur Sicherheit deiner Gelder, zu privaten Schlüsseln und Belohnungen beantworten: schreib einfach deine Frage
    • dir den Auszahlungsstatus jedes Assets nennen und dich benachrichtigen, wenn er sich ändert
    • dich mit dem Kundenservice verbinden
    • dich an Live-AMAs teilnehmen lassen

    ⚠️ Mitarbeiter schreiben dich nie zuerst an und fragen nie nach Passwort, privatem Schlüssel, Seed-Phrase oder 2FA-Code.
start-menu-title = Was möchtest du tun?
help-text =
    <b>Befehle</b>
    { $commands }

    Schreib deine Frage einfach in deinen eigenen Worten: Ich antworte aus der offiziellen Wissensdatenbank. Wenn ich etwas nicht weiß, biete ich dir den Weg zu einem Menschen an.
help-staff-text =
    <b>Befehle für Mitarbeiter</b>
    { $commands }
menu-language = 🌐 Sprache
menu-privacy = 🔒 Datenschutz
menu-help = ❓ Hilfe
language-choose = Wähle deine Sprache:
language-set = Erledigt: Ab jetzt spreche ich Deutsch mit dir.
language-unknown = Diese Sprache kenne ich nicht. Wähle einen der Knöpfe unten.
privacy-text =
    <b>Was dieser Bot über dich speichert</b>
    • deine Telegram-ID, deinen Vornamen, Benutzernamen und deine Sprache
    • wann du den Bot gestartet und zuletzt geschrieben hast und ob du ihn blockiert hast
    • was du an eine Funktion schickst, die es braucht (deine Fragen, Support-Tickets, AMA-Fragen, deine Abo-Einstellungen)

    Er fragt nie nach Passwörtern, privaten Schlüsseln oder Seed-Phrasen und speichert sie nie. Nichts wird verkauft oder weitergegeben.
    Sende /forgetme, um deine persönlichen Daten zu löschen.{ $contact ->
        [none] {""}
       *[other] {"\u000A"}Fragen zu deinen Daten: { $contact }
    }
forgetme-confirm = Damit wird alles gelöscht, was der Bot über dich speichert: Profil, Einstellungen und Verlauf. Das lässt sich nicht rückgängig machen. Fortfahren?
forgetme-yes = Ja, meine Daten löschen
forgetme-no = Nein, behalten
forgetme-done = Deine persönlichen Daten wurden gelöscht. Wenn du wieder schreibst, beginnst du neu.
forgetme-cancelled = Es wurde nichts gelöscht.
rate-limited = Du schreibst sehr schnell. Bitte warte einen Moment vor der nächsten Nachricht.
error-generic = Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuch es in einer Minute noch einmal; wenn es wieder passiert, wende dich an den Support.
access-denied = Entschuldigung, dieser Befehl ist nur für Mitarbeiter.
unknown-command = Diesen Befehl kenne ich nicht. Sende /help, um zu sehen, was ich kann.
cmd-start = Start und Hauptmenü
cmd-help = Was ich kann
cmd-language = Sprache ändern
cmd-privacy = Was über dich gespeichert ist
cmd-forgetme = Deine Daten löschen
