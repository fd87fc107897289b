# Trust and safety
safety-cmd-verify = Check whether someone is staff, or verify an official message code
safety-cmd-check = Check an address, link or @handle against the official lists
safety-cmd-official-list = Official domains, handles, links and addresses
safety-cmd-official-add = Add an official domain, handle, link or address
safety-cmd-official-remove = Remove an official entry
safety-secret-private-warning = ⚠️ That looked like a recovery phrase (seed words) or a private key. I did not store it. Never share it with anyone — staff will NEVER ask for it. If you have posted it anywhere, move your funds to a new wallet now.
safety-secret-group-notice = ⚠️ A message from { $name } was removed because it looked like a recovery phrase or a private key. Never share these: staff will never ask for them.
safety-secret-group-notice-undeleted = ⚠️ { $name }, your message looks like a recovery phrase or a private key. Delete it now and move your funds to a new wallet. Staff will never ask for it.
safety-staff-cannot-delete = ⚠️ I cannot delete messages in { $chat } (missing rights), so recovery phrases and keys posted there stay visible. Please give me the "Delete messages" right.
safety-staff-lookalike = 🔗 Look-alike link in { $chat } from { $who }: <code>{ $value }</code> imitates <code>{ $like }</code>. { $deleted ->
    [yes] The message was deleted.
   *[no] The message was not deleted.
}
safety-staff-impersonation-restrict = 🚨 Possible impersonator in { $chat }: { $who }. Reason: { $reason } (staff id: { $staff }). I restricted them. Case #{ $case }.
safety-staff-impersonation-ban = 🚨 Possible impersonator in { $chat }: { $who }. Reason: { $reason } (staff id: { $staff }). I banned them. Case #{ $case }.
safety-staff-impersonation-alert = 🚨 Possible impersonator in { $chat }: { $who }. Reason: { $reason } (staff id: { $staff }). No action taken. Case #{ $case }.
safety-undo-restrict = ↩️ Undo: lift the restriction
safety-undo-ban = ↩️ Undo: unban
safety-undo-done = Undone.
safety-undo-already = This case is already closed.
safety-verify-usage = Usage: /verify @username, /verify <numeric id>, /verify CODE (from an official message), or reply /verify to a message. You can also forward me a message privately.
safety-verify-staff = ✅ { $who } (id <code>{ $id }</code>) is official staff ({ $roles }).
safety-verify-not-staff = ⛔ { $who } (id <code>{ $id }</code>) is NOT staff. Be careful: never send funds, codes or recovery phrases to them.
safety-verify-hidden = ⛔ The sender “{ $name }” hides their account, so they cannot be verified. Treat them as NOT staff: real staff never write to you first.
safety-verify-chat-official = ✅ “{ $name }” is an official channel.
safety-verify-chat-not-official = ⛔ “{ $name }” is NOT an official channel. Be careful.
safety-verify-unknown-username = ❓ I have not seen @{ $username }, so I cannot tell who it is. Staff are decided by their Telegram id only: ask them to write in the group, or forward me one of their messages.
safety-code-official = ✅ Code <code>{ $code }</code> is genuine: I sent this official message ({ $kind }) on { $sent }: { $summary }
safety-code-unknown = ⛔ There is no official message with code <code>{ $code }</code>. Treat that message as fake.
safety-check-usage = Usage: /check <wallet address | link | @handle>
safety-check-official = ✅ <code>{ $value }</code> is official ({ $kind }){ $where }.
safety-check-not-official = ⛔ <code>{ $value }</code> is NOT official: it imitates <code>{ $like }</code>. Do not use it.
safety-check-unknown = ❓ <code>{ $value }</code> is not on the official lists. Be careful: never send funds to an address or open a link somebody gave you in chat. /official_list shows what is official.
safety-official-usage = Usage: /official_add domain okex.com · /official_add handle @OKExOfficial_English · /official_add link twitter.com/OKEx · /official_add address BTC bitcoin 1ABC… (the same for /official_remove).
safety-official-add-done = ✅ Added { $kind } <code>{ $value }</code> to the official list.
safety-official-add-unchanged = { $kind } <code>{ $value }</code> is already official: nothing changed.
safety-official-remove-done = ✅ Removed { $kind } <code>{ $value }</code> from the official list.
safety-official-remove-unchanged = { $kind } <code>{ $value }</code> was not on the official list: nothing changed.
safety-official-invalid = <code>{ $value }</code> is not a valid { $kind } (an address needs asset and network: /official_add address BTC bitcoin 1ABC…).
safety-official-list-title = <b>Official domains, handles, links and addresses</b>
safety-official-list-empty = The official lists are empty.
