# Support desk: members
ticket-menu = 🆘 Contact support
ticket-cmd-support = Contact customer service
ticket-cmd-tickets = Your support tickets
ticket-cat-withdrawal = 💸 Withdrawal
ticket-cat-deposit = 📥 Deposit
ticket-cat-account = 👤 Account
ticket-cat-rewards = 🎁 Rewards
ticket-cat-feedback = 💡 Feedback or suggestion
ticket-cat-report_scam = 🚨 Report a scam
ticket-cat-other = ❓ Other
ticket-choose-category = What is it about? Choose a topic:
ticket-choose-category-question = I will pass your question to customer service. What is it about?
ticket-category-unknown = This topic is no longer offered. Send /support to choose again.
ticket-write-problem = Please describe your problem in one message. You can also send a screenshot or a document. ⚠️ Never send your password, private key, seed phrase or 2FA code.
ticket-created = ✅ Your ticket #{ $id } is open. A person from customer service will answer you here. You can add more messages at any time.
ticket-relayed = Added to ticket #{ $id }.
ticket-choose-ticket = You have several open tickets. Which one is this message for?
ticket-choose-stale = This choice is no longer valid. Please send your message again.
ticket-list-title = Your tickets:
ticket-list-line = #{ $id } { $category }: { $state } ({ $date })
ticket-list-empty = You have no tickets. Send /support to contact customer service.
ticket-btn-member-reopen = Reopen #{ $id }
ticket-btn-new = New ticket
ticket-reply =
    <b>{ $signature }</b>:
    { $text }
ticket-closed-member = Your ticket #{ $id } was closed. How satisfied are you with our help? Choose 1 to 5 stars.
ticket-rate-thanks = Thank you for your rating ({ $rating }/5)! If you like, write a short comment now.
ticket-rate-stale = This ticket cannot be changed any more.
ticket-comment-thanks = Thank you, your comment was passed on.
ticket-reopened-member = Your ticket #{ $id } is open again. Write here to add to it.
ticket-unsupported = Please send text, a photo or a document: other kinds of message cannot be passed on.
ticket-too-long = This message is too long (at most { $max } characters). Please split it up.
ticket-file-too-big = This file is too big (at most { $max } MB).
ticket-banned = Sorry, you cannot open support tickets at the moment.
ticket-limit = You have opened { $max } tickets in the last hour. Please wait a little or add to your open ticket.
ticket-state-new = new
ticket-state-open = open
ticket-state-waiting = waiting for your reply
ticket-state-closed = closed

# Support desk: staff
ticket-cmd-queue = Open support tickets
ticket-cmd-reply-group = Answer every open withdrawal ticket of an asset
ticket-cmd-ban = Refuse a member's tickets
ticket-cmd-unban = Accept a member's tickets again
ticket-cmd-category = Add or remove a ticket category
ticket-staff-header =
    🎫 <b>Ticket #{ $id }</b> · { $category } · { $locale }
    Member: { $name } (<code>{ $member }</code>)
    State: { $state } · Priority: { $priority } · Taken by: { $taken }
    Tags: { $tags }
ticket-priority-normal = normal
ticket-priority-high = high
ticket-priority-urgent = urgent
ticket-btn-take = 🙋 Take it
ticket-btn-priority = ⚡ Priority
ticket-btn-close = ✅ Close
ticket-btn-reopen = ↩️ Reopen
ticket-done-take = Ticket #{ $id } taken by { $name }.
ticket-done-prio = Priority of #{ $id } changed.
ticket-done-close = Ticket #{ $id } closed.
ticket-done-reopen = Ticket #{ $id } reopened.
ticket-staff-question = ❔ The member asked the bot, which had no answer: { $text }
ticket-staff-closed = Ticket #{ $id } is closed: your message was not sent. Reopen it first.
ticket-staff-unsupported = Only text, photos and documents are passed on to the member.
ticket-staff-member-blocked = ⛔ The member has blocked the bot: the answer to ticket #{ $id } could not be delivered.
ticket-staff-not-delivered = ⚠️ The answer to ticket #{ $id } could not be delivered. Try again later.
ticket-staff-member-reopened = ↩️ The member reopened ticket #{ $id }.
ticket-staff-reminder = ⏰ Not answered yet (target { $minutes } minutes): { $tickets }
ticket-officer-line = #{ $id } { $category }, waiting { $minutes } min
ticket-officer-escalation =
    🚨 <b>{ $count } ticket(s) missed the first-response target of { $minutes } minutes</b>
    { $tickets }
ticket-digest =
    📊 <b>Support desk, last 24 hours</b>
    New: { $created }
    Open now: { $open }
    Overdue (no first answer): { $overdue }
    Satisfaction (7 days): { $rating }/5 from { $ratings } rating(s)
ticket-alert-staff = ⚠️ Support tickets cannot reach the staff group: { $problem }. They are kept in the database (see /queue or `tickets list`). Ticket: #{ $id }
ticket-queue-title = <b>Open tickets</b> ({ $count }), most urgent and oldest first:
ticket-queue-line = #{ $id } [{ $priority }] { $state } · { $category } · { $age } min · { $taken } { $problem }
ticket-queue-empty = No open tickets. 🎉
ticket-reply-group-usage = Usage: /reply_group <ASSET> <text>, e.g. /reply_group BTC Withdrawals are delayed by maintenance.
ticket-reply-group-none = No open withdrawal tickets mention { $asset }.
ticket-reply-group-queued = Reply to { $tickets } { $asset } ticket(s) handed to the delivery queue (broadcast { $id }).
ticket-reply-group-done = Reply to { $tickets } { $asset } ticket(s): { $sent } delivered, { $blocked } blocked the bot, { $failed } failed.
ticket-ban-usage = Usage: /ticket_ban <telegram-id> [reason] or /ticket_unban <telegram-id>
ticket-ban-done = { $id } can no longer open tickets.
ticket-unban-done = { $id } can open tickets again.
ticket-category-usage = Usage: /ticket_category add <key> [label] or /ticket_category remove <key>
ticket-category-done = Categories updated: { $key }.
ticket-staff-suggestion =
    🤖 <b>Summary</b>: { $summary }
    <b>Suggested reply</b> (not sent; write your own answer in this topic):
    { $reply }
ticket-staff-kb-matches =
    📚 <b>Knowledge base entries that may answer this</b> (the member's language):
    { $entries }
ticket-staff-kb-entry = • { $title } (<code>{ $id }</code>)
