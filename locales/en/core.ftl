# Foundation: start, help, language, privacy, errors
start-welcome =
    Hello, { $name }! 👋 I am the community assistant of the exchange.

    Here is what I can do for you:
    • answer your questions about withdrawals, safety of funds, private keys and rewards: just type your question
    • tell you the withdrawal status of each asset and notify you when it changes
    • put you in touch with customer service
    • let you take part in live AMAs

    ⚠️ Staff will never write to you first and will never ask for your password, private key, seed phrase or 2FA code.
start-menu-title = What would you like to do?
help-text =
    <b>Commands</b>
    { $commands }

    Just write your question in your own words: I answer from the official knowledge base. If I do not know, I offer you a way to reach a person.
help-staff-text =
    <b>Staff commands</b>
    { $commands }
menu-language = 🌐 Language
menu-privacy = 🔒 Privacy
menu-help = ❓ Help
language-choose = Choose your language:
language-set = Done: I will speak English with you from now on.
language-unknown = I do not know this language. Choose one of the buttons below.
privacy-text =
    <b>What this bot stores about you</b>
    • your Telegram id, first name, username and language
    • when you started the bot, when you last wrote, and whether you blocked it
    • what you send to a feature that needs it (questions you ask, support tickets, AMA questions, your follow settings)

    It never asks for or stores passwords, private keys or seed phrases. Nothing is sold or shared.
    Send /forgetme to delete your personal data.{ $contact ->
        [none] {""}
       *[other] {"\u000A"}Questions about your data: { $contact }
    }
forgetme-confirm = This deletes everything the bot stores about you: your profile, settings and history. It cannot be undone. Continue?
forgetme-yes = Yes, delete my data
forgetme-no = No, keep it
forgetme-done = Your personal data has been deleted. If you write again, you start fresh.
forgetme-cancelled = Nothing was deleted.
rate-limited = You are sending messages very fast. Please wait a moment before the next one.
error-generic = Sorry, something went wrong on my side. Please try again in a minute; if it keeps happening, contact support.
access-denied = Sorry, this command is for staff only.
unknown-command = I do not know this command. Send /help to see what I can do.
cmd-start = Start and main menu
cmd-help = What I can do
cmd-language = Change language
cmd-privacy = What is stored about you
cmd-forgetme = Delete your data
