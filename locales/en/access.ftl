# Staff roles and audit
staff-grant-usage = Usage: /grant <telegram-id> <role>, or reply to someone's message with /grant <role>. Roles: { $roles }
staff-revoke-usage = Usage: /revoke <telegram-id> <role>, or reply to someone's message with /revoke <role>. Roles: { $roles }
staff-grant-done = ✅ { $id } is now { $role }.
staff-grant-unchanged = { $id } already is { $role }: nothing changed.
staff-revoke-done = ✅ { $id } is no longer { $role }.
staff-revoke-unchanged = { $id } was not { $role }: nothing changed.
staff-revoke-configured-owner = This owner is set in BOT_OWNERS; remove the id there and restart.
staff-list-title = <b>Staff</b>
staff-list-empty = No staff yet.
audit-title = <b>Audit log</b> (newest first)
audit-empty = The audit log is empty.
cmd-grant = Give a staff role
cmd-revoke = Take a staff role away
cmd-staff = List staff
cmd-audit = Read the audit log
