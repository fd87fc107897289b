# AMA: live sessions
ama-cmd-ask = Ask a question in the live AMA
ama-cmd-ask-anon = Ask anonymously in the live AMA
ama-cmd-new = Create an AMA session
ama-cmd-list = List AMA sessions
ama-cmd-open = Open question intake
ama-cmd-pause = Pause question intake
ama-cmd-close = Close the session
ama-cmd-next = Host: the next question to answer
ama-cmd-export = Export the recap (Markdown or JSON)
ama-cmd-edit = Edit a question
ama-cmd-merge = Merge two duplicate questions
ama-cmd-suggestions = Unanswered AMA questions for the knowledge base
ama-anonymous = anonymous
ama-no-session = There is no AMA taking questions right now. We announce the next one in the community group.
ama-intake-paused = Questions are paused for a moment. Please try again shortly.
ama-limit = You have already asked { $max } questions in this AMA, the maximum. Vote for other questions on the board!
ama-refused-empty = Your question seems empty or too short. Please write a full question.
ama-refused-too-long = Your question is too long. Please keep it short (at most 600 characters).
ama-refused-link = Questions with links cannot be accepted. Please ask without a link.
ama-refused-secret = ⚠️ Your question looks like it contains a secret (a seed phrase or private key). It was NOT stored or shown to anyone. Never share these with anyone, including staff. If you posted it anywhere, move your funds to a new wallet now.
ama-refused-spam = This looks like spam and was not accepted. Please ask a real question.
ama-received = Thank you! Your question #{ $id } was received and will appear on the board once a moderator approves it.
ama-approved = Your question #{ $id } is now on the board. Members can vote for it.
ama-rejected = Sorry, your question #{ $id } was not accepted by the moderators.
ama-merged = Your question is very close to #{ $id } on the board: “{ $text }”. We combined them, so your voice counts there; you will be told when it is answered.
ama-answered = The host has answered your question #{ $id } (“{ $text }”) in the AMA “{ $title }”. Have a look in the group!
ama-ask-prompt = Send your question as the next message.
ama-ask-prompt-anon = Send your question as the next message. It will be shown as anonymous.
ama-ask-anon-button = 🕶 Ask anonymously
ama-ask-usage-group = Write /ask followed by your question, or add #ama to your message.
ama-vote-added = 👍 Vote counted for #{ $id } ({ $votes } votes). Press again to take it back.
ama-vote-removed = Your vote for #{ $id } was taken back ({ $votes } votes).
ama-vote-closed = This question is no longer open for votes.
ama-board-title = 📋 <b>AMA: { $title }</b> (#{ $id })
ama-board-status-draft = Questions open soon.
ama-board-status-open = Ask with /ask or #ama, vote with the buttons below.
ama-board-status-paused = ⏸ Questions are paused.
ama-board-status-closed = The AMA is over. Thank you!
ama-board-now-answering = 🎙 <b>Now answering:</b> #{ $id } { $text }
ama-board-empty = No questions on the board yet.
ama-board-line = { $n }. 👍 { $votes } · #{ $id } { $text } <i>({ $asker })</i>
ama-board-vote-button = 👍 #{ $id } ({ $votes })
ama-mod-card =
    ❓ New AMA question #{ $id } ({ $lang }) for “{ $title }”
    From: { $asker }

    { $text }
ama-mod-approve = ✅ Approve
ama-mod-reject = ❌ Reject
ama-mod-edit = ✏️ Edit
ama-mod-approved = approved
ama-mod-rejected = rejected
ama-mod-merged = merged into #{ $into }
ama-mod-already = This question was already handled.
ama-edit-prompt = Reply to this message with the new text for question #{ $id }.
ama-edit-usage = Usage: /ama_edit ID new text
ama-edit-done = Question #{ $id } now reads: { $text }
ama-merge-usage = Usage: /ama_merge FROM_ID INTO_ID (both on the board)
ama-merge-failed = These questions cannot be merged (both must be on the board of the same session).
ama-merge-done = #{ $from } merged into #{ $into }: { $votes } votes now.
ama-next-card =
    🎙 <b>Next question #{ $id }</b> (👍 { $votes }, { $asker })

    { $text }

    Reply to this message with your answer (text or voice).
ama-next-then = <b>Then:</b>
ama-next-line = #{ $id } (👍 { $votes }) { $text }
ama-next-empty = No open questions on the board.
ama-next-skip = ⏭ Skip
ama-next-defer = ⏳ Later
ama-next-skipped = #{ $id } skipped.
ama-next-deferred = #{ $id } moved to the end.
ama-answer-usage = Reply with text or a voice message.
ama-answer-posted = Answer to #{ $id } posted to { $groups } group(s).
ama-answer-post =
    ❓ <b>{ $asker }:</b> { $question }

    💬 <b>Host:</b> { $answer }
ama-answer-voice-post = ❓ <b>{ $asker }:</b> { $question } — 🎙 the host answers by voice
ama-announce = 📣 AMA “{ $title }” starts { $start }. Ask your questions with /ask or #ama!
ama-announce-open = 🟢 The AMA “{ $title }” is open: ask with /ask or #ama and vote on the board.
ama-announce-paused = ⏸ Questions for “{ $title }” are paused for a moment.
ama-announce-closed = 🏁 The AMA “{ $title }” is over. Thank you for your questions! A recap follows.
ama-reminder-24h = ⏰ Tomorrow: AMA “{ $title }” at { $start }. Prepare your questions!
ama-reminder-1h = ⏰ In one hour: AMA “{ $title }” at { $start }.
ama-new-usage =
    Usage: <code>/ama_new Title | 2026-11-26 14:00 | en,de,zh | -1001234567890 | host id</code>
    Time in UTC; languages en, de, zh; group ids separated by commas; host id optional (default: you).
ama-new-bad-date = The start time must look like 2026-11-26 14:00 (UTC).
ama-new-bad-languages = Languages must be among en, de, zh, separated by commas.
ama-new-bad-groups = Group ids must be numeric chat ids like -1001234567890.
ama-new-bad-host = The host must be a numeric Telegram id.
ama-new-done = AMA #{ $id } “{ $title }” created. Open questions with /ama_open { $id }.
ama-list-title = <b>AMA sessions</b>
ama-list-empty = No AMA sessions yet.
ama-list-line = #{ $id } { $title }: { $status }, { $start } UTC
ama-session-unknown = No such AMA session.
ama-status-open = AMA #{ $id } “{ $title }” is open for questions.
ama-status-paused = AMA #{ $id } “{ $title }” is paused.
ama-status-closed = AMA #{ $id } “{ $title }” is closed. Unanswered questions were added to the knowledge-base suggestions.
ama-export-usage = Usage: /ama_export ID [md|json]
ama-export-caption = Recap of AMA #{ $id } ({ $language })
ama-export-host = Host
ama-export-intro = Highlights of the AMA “{ $title }” on { $date }: the community asked { $asked } questions, { $answered } of them were answered live.
ama-export-machine-translated = Machine-translated.
ama-export-qa-heading = Questions and answers
ama-export-unanswered-heading = Top unanswered questions
ama-export-asked-by = Asked by { $asker } · 👍 { $votes }
ama-export-votes = { $votes } votes
ama-export-none = None.
ama-export-voice-answer = (answered by voice)
ama-suggestions-title = <b>Knowledge-base suggestions from AMAs</b> (top unanswered)
ama-suggestions-empty = No suggestions yet.
ama-suggestions-line = #{ $id } (AMA { $session }, 👍 { $votes }, { $lang }) { $text }
ama-new-ask-title = New AMA. What is its title? (/cancel to stop)
ama-new-ask-start = When does it start? Write it like 2026-11-26 14:00 (UTC).
ama-new-ask-languages = Which languages? For example: en,de,zh
ama-new-ask-groups = In which groups does it run? Their numeric ids, separated by commas (like -1001234567890).
ama-new-cancelled = Cancelled: no AMA was created.
