# Knowledge base: answers, feedback, curation
kb-answer =
    <b>{ $title }</b>

    { $answer }
kb-unsure = I am not sure I understood. Did you mean one of these?
kb-none = I have no answer to that in the knowledge base, and I will not guess. A person from customer support can help you: press the button below to open a ticket with your question.
kb-declined =
    { $answer }

    A person from customer support can help you: press the button below to open a ticket with your question.
kb-none-group = I have no answer to that in the knowledge base. Write to me in a private chat to reach customer support.
kb-btn-support = 💬 Ask customer support
kb-btn-up = 👍
kb-btn-down = 👎
kb-related = Related:
kb-sources = Sources: { $titles }
kb-feedback-thanks = Thank you for your feedback!
kb-feedback-sorry = Sorry that did not help. I noted your question so the team can improve the answer. Customer support can help you right away:
kb-faq-usage = Write your question after the command, e.g. /faq are my funds safe?
kb-live-withdrawals = <b>{ $symbol }</b>: withdrawals are { $state -> [operational] open and working normally [resumed] open again [delayed] open but delayed [paused] paused for now *[other] { $state } }; deposits are { $deposits -> [operational] open [resumed] open again [delayed] delayed [paused] paused *[other] { $deposits } }. Last update: { $time } UTC.
kb-inline-none = No matching answer
kb-inline-none-text = I have no answer to that in the knowledge base yet. Ask me in a private chat to reach customer support.
kb-support-unavailable = Customer support is not connected yet. Please use the help centre of the exchange.
kb-gaps-title = <b>Unanswered and 👎 questions</b> (most asked first)
kb-gaps-empty = No unanswered questions. 🎉
kb-staff-usage =
    <b>Knowledge base</b>
    /kb_list [tag] — list entries
    /kb_show &lt;id&gt; — show an entry and its versions
    /kb_add — reply to a YAML snippet (one entry) to add it
    /kb_edit — reply to a YAML snippet (one entry) to replace it
    /kb_delete &lt;id&gt; — delete an entry
    /kb_revert &lt;id&gt; &lt;version&gt; — restore an old version
    /kb_export — the whole knowledge base as a file
    /kb_import — reply to a .yaml file to import it (replace) or /kb_import merge
    /kb_gaps — what members asked without an answer
kb-list-title = <b>Knowledge base</b>: { $count } entries
kb-list-empty = The knowledge base is empty.
kb-not-found = There is no entry “{ $id }”.
kb-show =
    <b>{ $id }</b> v{ $version } · { $hits } hits · tags: { $tags }
    { $title }
    Versions: { $versions }
kb-saved = ✅ Entry “{ $id }” saved as version { $version }.
kb-deleted = 🗑 Entry “{ $id }” deleted (version { $version }; /kb_revert { $id } { $previous } restores it).
kb-reverted = ↩️ Entry “{ $id }” restored to version { $from } (now version { $version }).
kb-version-missing = Entry “{ $id }” has no version { $version }.
kb-invalid = ❌ Nothing was changed. Problems:
    { $problems }
kb-import-need-file = Reply to a .yaml file with /kb_import (or /kb_import merge to keep entries that are not in the file).
kb-import-done = ✅ Imported: { $created } new, { $updated } changed, { $deleted } deleted, { $unchanged } unchanged.
kb-import-too-big = The file is too big (at most 1 MB).
kb-edit-need-yaml = Reply to a message that holds one entry in YAML (id, tags, related, texts) with /kb_add or /kb_edit.
kb-edit-exists = Entry “{ $id }” exists already: use /kb_edit to change it.
kb-export-caption = Knowledge base, { $count } entries.
kb-auto-usage = Use /kb_auto on or /kb_auto off in a group.
kb-auto-on = ✅ I will answer very clear questions in this group by myself (at most 20 a minute).
kb-auto-off = Automatic answers in this group are off. I answer when mentioned, replied to or asked with /faq.
cmd-faq = Ask the knowledge base (in groups)
cmd-kb = Curate the knowledge base
cmd-kb-gaps = Questions without an answer
