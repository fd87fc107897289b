# Delivery: mass messages, newsletters, live progress, registered channels and groups
delivery-progress =
    📣 Broadcast #{ $id } ({ $kind })
    { $bar } { $percent }%
    Sent: { $sent } · Failed: { $failed } · Blocked: { $blocked } · Left: { $left }
    Time to finish: about { $eta }
delivery-report =
    ✅ Broadcast #{ $id } ({ $kind }) finished in { $duration }.
    Recipients: { $total }
    Sent: { $sent }
    Failed (chat not found, left, other errors): { $failed }
    Blocked the bot: { $blocked }
    Uncertain (may have arrived, not repeated): { $uncertain }{ $uncertain ->
        [0] {""}
       *[other] {" "}· Review: /broadcast_uncertain { $id }
    }
    Sent again after a restart (in flight at a crash, may have arrived twice): { $resent }
delivery-report-cancelled =
    ⛔ Broadcast #{ $id } ({ $kind }) was cancelled after { $duration }.
    Recipients: { $total } · Sent: { $sent } · Failed: { $failed } · Blocked: { $blocked } · Uncertain: { $uncertain } · Not sent: { $left } · Sent again after a restart: { $resent }
delivery-chat-added = ✅ { $title } ({ $id }) is registered: it gets every official update.
delivery-chat-updated = ✅ { $title } ({ $id }) was already registered: its settings are updated.
delivery-chat-removed = ✅ { $id } no longer gets updates.
delivery-chat-not-registered = { $id } is not registered: nothing changed.
delivery-chat-unknown = I cannot reach the chat { $id }. Add me to it first (as an administrator in a channel), then try again.
delivery-chat-not-admin = I am in { $id } but cannot post there: make me an administrator with the right to post messages.
delivery-chat-add-usage = Usage: /channel_add in the group itself, or /channel_add -100… (the channel's id) in a private chat. Add "pin" to pin each update and a language (en, de, zh) for the texts it gets.
delivery-chat-remove-usage = Usage: /channel_remove -100… (or /channel_remove in the group itself).
delivery-chat-list-title = <b>Registered channels and groups</b>
delivery-chat-list-empty = No channel or group is registered. Use /channel_add.
delivery-chat-line = • <code>{ $id }</code> { $title } ({ $type }, { $locale }) { $pin }
delivery-cmd-channel-add = Register a channel or group for official updates
delivery-cmd-channel-list = List registered channels and groups
delivery-cmd-channel-remove = Stop updates to a channel or group
broadcast-usage =
    Usage: /broadcast followed by the text, one section per language:
    [en]
    English text
    [de]
    Deutscher Text
    [zh]
    中文文本
    Members get the text in their language (English when theirs is missing). HTML formatting works.
broadcast-preview-lang = Preview ({ $lang }), for { $count } members:
broadcast-preview =
    📝 Broadcast #{ $id } is waiting for approval: { $total } recipients ({ $chats } channels and groups).
    A second admin approves it with /broadcast_approve { $id }; cancel it with /broadcast_cancel { $id }.
broadcast-approved = ✅ Broadcast #{ $id } is approved: sending starts now. Follow it with /broadcast_progress { $id }.
broadcast-approval-recorded = Approval { $count } of { $required } for broadcast #{ $id } recorded: waiting for { $remaining } more from another admin or owner (not the author). Nothing is sent yet.
broadcast-not-found = There is no broadcast #{ $id }.
broadcast-not-pending = Broadcast #{ $id } cannot be changed in its current state.
broadcast-own = You wrote broadcast #{ $id }: a second admin has to approve it.
broadcast-cancelled = ⛔ Broadcast #{ $id } is cancelled: nothing more goes out.
broadcast-empty = There is nobody to send this to.
broadcast-id-usage = Usage: /{ $command } <broadcast number>
broadcast-state = Broadcast #{ $id }: { $state }
broadcast-cmd = Write a newsletter to all members (needs a second admin's approval)
broadcast-cmd-approve = Approve someone else's broadcast
broadcast-cmd-cancel = Cancel a broadcast
broadcast-cmd-progress = Show a broadcast's progress
broadcast-cmd-uncertain = Review the uncertain messages of a broadcast and send them again
broadcast-uncertain-title = ⚠️ Broadcast #{ $id }: { $count } messages are uncertain (a network error after the request may have reached Telegram). They are never repeated by themselves.
broadcast-uncertain-line = • <code>{ $chat }</code> ({ $op }) { $error }
broadcast-uncertain-more = … and { $more } more (the CLI lists them all: broadcast uncertain ID).
broadcast-uncertain-btn-resend = 🔁 Send these { $count } again…
broadcast-uncertain-confirm = Send the { $count } uncertain messages of broadcast #{ $id } again? Some of them may already have arrived: those members would get the message twice.
broadcast-uncertain-btn-yes = Yes, send { $count } again
broadcast-uncertain-btn-no = No, leave them
broadcast-uncertain-requeued = 🔁 { $count } uncertain messages of broadcast #{ $id } are queued once more. The author gets a new final report.
broadcast-uncertain-kept = Nothing was sent again: broadcast #{ $id } stays as it is.
broadcast-uncertain-none = Broadcast #{ $id } has no uncertain messages.
broadcast-uncertain-cancelled = Broadcast #{ $id } was cancelled: its messages are not sent again.
broadcast-uncertain-changed = The uncertain messages of broadcast #{ $id } changed meanwhile (did someone else act?): nothing was sent. Look again with /broadcast_uncertain { $id }.
