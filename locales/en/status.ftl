# Status: withdrawal and deposit state per asset
status-menu = 📊 Withdrawal status
status-cmd-status = Withdrawal and deposit status (e.g. /status BTC)
status-cmd-history = Timeline of an asset (e.g. /history BTC)
status-cmd-follow = Choose which status updates you get
status-cmd-setstatus = Change a status or post an update
status-cmd-addasset = Track a new asset: /addasset BTC Bitcoin
status-cmd-correct = Correct a posted update: /correct UPDATE_ID text
status-state-operational = ✅ operational
status-state-delayed = ⏳ delayed
status-state-paused = ⛔ paused
status-state-resumed = 🔄 resumed
status-direction-withdrawals = Withdrawals
status-direction-deposits = Deposits
status-template-operational = { $direction } of { $symbol } work normally.
status-template-delayed = { $direction } of { $symbol } are delayed. Your funds are safe; we will post an update here.
status-template-paused = { $direction } of { $symbol } are paused for now. Your funds are safe; we will post an update here.
status-template-resumed = { $direction } of { $symbol } have resumed.
status-template-update = Update on { $symbol } { $direction }: the state is still { $state }. Details follow in /status { $symbol }.
status-message-change =
    📢 <b>{ $symbol }</b> ({ $name }) · { $direction }: { $state }

    { $text }
status-message-update =
    📢 <b>{ $symbol }</b> ({ $name }) · { $direction }: { $state }

    { $text }
status-message-correction =
    ✏️ <b>Correction</b> · <b>{ $symbol }</b> ({ $name }) · { $direction }

    { $text }
status-reminder = ⏳ <b>{ $symbol }</b>: { $direction } are still paused since { $since }. Next update by { $next }. Your funds are safe.
status-asset-line = <b>{ $symbol }</b> { $name } — withdrawals { $withdrawals }, deposits { $deposits }
status-title = <b>Withdrawal and deposit status</b>
status-none = No assets are tracked yet.
status-unknown-asset = I do not track { $symbol }. Known assets: { $known }
status-updated-at = Last change: { $time }
status-follow-title = <b>Your status updates</b>
status-follow-all-on = 🔔 You get the official updates for every asset.
status-follow-all-off = 🔕 You do not get the official updates.
status-follow-some = You also follow: { $symbols }
status-follow-hint = Tap a button to change it at any time.
status-btn-follow-all = 🔔 Get all updates
status-btn-unfollow-all = 🔕 Stop all updates
status-btn-follow-one = ➕ { $symbol }
status-btn-unfollow-one = ✅ { $symbol }
status-followed-all = You will get every official update.
status-unfollowed-all = You will not get the official updates any more.
status-followed-one = You follow { $symbol }.
status-unfollowed-one = You no longer follow { $symbol }.
status-history-title = <b>{ $symbol }</b> ({ $name }): timeline
status-history-line = { $time } · { $direction }: { $state } — { $text }
status-history-correction = { $time } · ✏️ correction — { $text }
status-history-empty = No updates for { $symbol } yet.
status-history-usage = Send /history with an asset, e.g. /history BTC
status-error-unknown-asset = Unknown asset { $symbol }. Add it first (/addasset { $symbol } Name, or the CLI: status asset add { $symbol } "Name").
status-error-direction = "{ $value }" is neither withdrawals nor deposits.
status-error-state = "{ $value }" is not a state: use operational, delayed, paused or resumed.
status-error-english-required = The English text is required.
status-error-time = "{ $value }" is not a date and time (use e.g. 2026-11-25T18:00Z).
status-error-symbol = "{ $value }" is not an asset symbol (2 to 12 letters or digits, e.g. BTC).
status-error-name = The asset needs a name, e.g. Bitcoin.
status-error-unknown-update = There is no update #{ $id }.
status-addasset-usage = Usage: /addasset SYMBOL Name, e.g. /addasset BTC Bitcoin
status-asset-added = { $symbol } ({ $name }) is now tracked: operational.
status-asset-exists = { $symbol } is already tracked.
status-flow-pick-asset = Which asset?
status-flow-no-assets = No assets yet: add one with /addasset BTC Bitcoin.
status-flow-ask-name = { $symbol } is not tracked yet. Send its full name to add it (e.g. Bitcoin), or /cancel.
status-flow-pick-direction = { $symbol }: withdrawals or deposits?
status-flow-pick-state = { $symbol } { $direction } are now { $current }. New state?
status-flow-update-only = 📝 No change, post an update
status-flow-ask-en = Send the message for members in English (required).
status-flow-ask-de = Now in German, or Skip to use the translated template.
status-flow-ask-zh = Now in Chinese, or Skip to use the translated template.
status-flow-ask-reminder = While paused, remind followers ("still paused since …") every … (never more often than every { $min } minutes)
status-flow-remind-every = { $hours } h
status-flow-remind-none = No reminders
status-flow-skip = Skip
status-flow-cancel = Cancel
status-flow-cancelled = Cancelled: nothing was submitted.
status-flow-text-expected = Please send the text as a message, or /cancel.
status-flow-preview-title = <b>Preview</b>: { $total } followers will get this.
status-flow-preview-lang = — <b>{ $lang }</b>, { $count } members:
status-flow-submit = ✅ Submit for approval
status-flow-submitted = Request #{ $id } is waiting for approval by another admin. Approvers have been notified.
status-correct-usage = Usage: /correct UPDATE_ID new English text (the number is shown by the CLI: status history SYMBOL)
status-result-sent = Update #{ $id } for { $symbol } is recorded and is being sent to { $count } followers (broadcast #{ $broadcast }).
status-result-recorded = Update #{ $id } for { $symbol } is recorded and shown in /status, but was NOT sent: the delivery service is not available. { $count } followers would have received it.
status-result-delivery-failed = Update #{ $id } for { $symbol } is recorded and shown in /status, but the delivery service refused it: NOT sent to the { $count } followers. Tell the delivery team.
status-result-no-followers = Update #{ $id } for { $symbol } is recorded; nobody follows it yet, so nothing was sent.
status-result-scheduled = The { $symbol } announcement is approved and scheduled for { $at }.
status-result-corrected = Correction #{ $id } for { $symbol } is recorded: { $copies } copies already sent are being edited (broadcast #{ $broadcast }); { $queued } copies not sent yet will carry the corrected text.
status-result-correction-unsent = Correction #{ $id } for { $symbol } is recorded; the original update was never sent, so there is no copy to edit.
status-result-correction-nothing = Correction #{ $id } for { $symbol } is recorded; no copy of the original reached anyone (failed or blocked), so nothing was edited.
status-result-correction-no-delivery = Correction #{ $id } for { $symbol } is recorded and shown in /history, but the copies were NOT edited: the delivery service is not available.
status-result-correction-failed = Correction #{ $id } for { $symbol } is recorded, but the delivery service refused the edits: the copies still show the old text. Tell the delivery team.
