# Mitarbeiterrollen und Prüfprotokoll
staff-grant-usage = Verwendung: /grant <Telegram-ID> <Rolle>, oder antworte auf eine Nachricht mit /grant <Rolle>. Rollen: { $roles }
staff-revoke-usage = Verwendung: /revoke <Telegram-ID> <Rolle>, oder antworte auf eine Nachricht mit /revoke <Rolle>. Rollen: { $roles }
staff-grant-done = ✅ { $id } ist jetzt { $role }.
staff-grant-unchanged = { $id } ist bereits { $role }: nichts geändert.
staff-revoke-done = ✅ { $id } ist nicht mehr { $role }.
staff-revoke-unchanged = { $id } war nicht { $role }: nichts geändert.
staff-revoke-configured-owner = Dieser Eigentümer steht in BOT_OWNERS; entferne die ID dort und starte neu.
staff-list-title = <b>Mitarbeiter</b>
staff-list-empty = Noch keine Mitarbeiter.
audit-title = <b>Prüfprotokoll</b> (neueste zuerst)
audit-empty = Das Prüfprotokoll ist leer.
cmd-grant = Mitarbeiterrolle vergeben
cmd-revoke = Mitarbeiterrolle entziehen
cmd-staff = Mitarbeiter auflisten
cmd-audit = Prüfprotokoll lesen
