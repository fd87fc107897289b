# AMA：直播问答
ama-cmd-ask = 在直播 AMA 中提问
ama-cmd-ask-anon = 在直播 AMA 中匿名提问
ama-cmd-new = 创建 AMA
ama-cmd-list = AMA 列表
ama-cmd-open = 开始收集问题
ama-cmd-pause = 暂停收集问题
ama-cmd-close = 结束 AMA
ama-cmd-next = 主持人：下一个问题
ama-cmd-export = 导出回顾（Markdown 或 JSON）
ama-cmd-edit = 编辑问题
ama-cmd-merge = 合并两个重复问题
ama-cmd-suggestions = 供知识库使用的未回答 AMA 问题
ama-anonymous = 匿名
ama-no-session = 目前没有正在收集问题的 AMA。下一场会在社区群里公布。
ama-intake-paused = 提问暂时暂停，请稍后再试。
ama-limit = 你在本场 AMA 已提问 { $max } 次，已达上限。欢迎在问题板上为其他问题投票！
ama-refused-empty = 你的问题似乎是空的或太短，请写一个完整的问题。
ama-refused-too-long = 你的问题太长了，请简短一些（最多 600 个字符）。
ama-refused-link = 含有链接的问题无法接受，请去掉链接后再提问。
ama-refused-secret = ⚠️ 你的问题看起来包含机密信息（助记词或私钥）。它没有被保存，也没有给任何人看。切勿向任何人（包括工作人员）透露这些信息。如果你已在别处发布，请立即将资产转移到新钱包。
ama-refused-spam = 这看起来像垃圾信息，未被接受。请提出真实的问题。
ama-received = 谢谢！你的问题 #{ $id } 已收到，审核通过后会出现在问题板上。
ama-approved = 你的问题 #{ $id } 已上板，成员可以为它投票。
ama-rejected = 抱歉，你的问题 #{ $id } 未通过审核。
ama-merged = 你的问题与问题板上的 #{ $id } 非常相似：“{ $text }”。我们已将它们合并，你的声音会计入那里；回答后会通知你。
ama-answered = 主持人在 AMA“{ $title }”中回答了你的问题 #{ $id }（“{ $text }”）。快去群里看看！
ama-ask-prompt = 请在下一条消息中发送你的问题。
ama-ask-prompt-anon = 请在下一条消息中发送你的问题，它将以匿名方式显示。
ama-ask-anon-button = 🕶 匿名提问
ama-ask-usage-group = 请输入 /ask 加上你的问题，或在消息中加上 #ama。
ama-vote-added = 👍 已为 #{ $id } 投票（{ $votes } 票）。再按一次可撤回。
ama-vote-removed = 你对 #{ $id } 的投票已撤回（{ $votes } 票）。
ama-vote-closed = 该问题已不能投票。
ama-board-title = 📋 <b>AMA：{ $title }</b>（#{ $id }）
ama-board-status-draft = 即将开始收集问题。
ama-board-status-open = 用 /ask 或 #ama 提问，用下方按钮投票。
ama-board-status-paused = ⏸ 提问已暂停。
ama-board-status-closed = AMA 已结束，谢谢！
ama-board-now-answering = 🎙 <b>正在回答：</b>#{ $id } { $text }
ama-board-empty = 问题板上还没有问题。
ama-board-line = { $n }. 👍 { $votes } · #{ $id } { $text } <i>（{ $asker }）</i>
ama-board-vote-button = 👍 #{ $id }（{ $votes }）
ama-mod-card =
    ❓ 新 AMA 问题 #{ $id }（{ $lang }），“{ $title }”
    来自：{ $asker }

    { $text }
ama-mod-approve = ✅ 通过
ama-mod-reject = ❌ 拒绝
ama-mod-edit = ✏️ 编辑
ama-mod-approved = 已通过
ama-mod-rejected = 已拒绝
ama-mod-merged = 已合并到 #{ $into }
ama-mod-already = 该问题已被处理。
ama-edit-prompt = 请回复此消息，发送问题 #{ $id } 的新文本。
ama-edit-usage = 用法：/ama_edit ID 新文本
ama-edit-done = 问题 #{ $id } 现在为：{ $text }
ama-merge-usage = 用法：/ama_merge 来源ID 目标ID（两者都需在问题板上）
ama-merge-failed = 这些问题无法合并（两者必须都在同一场 AMA 的问题板上）。
ama-merge-done = #{ $from } 已合并到 #{ $into }：现在 { $votes } 票。
ama-next-card =
    🎙 <b>下一个问题 #{ $id }</b>（👍 { $votes }，{ $asker }）

    { $text }

    请回复此消息作答（文字或语音）。
ama-next-then = <b>之后：</b>
ama-next-line = #{ $id }（👍 { $votes }）{ $text }
ama-next-empty = 问题板上没有待回答的问题。
ama-next-skip = ⏭ 跳过
ama-next-defer = ⏳ 稍后
ama-next-skipped = #{ $id } 已跳过。
ama-next-deferred = #{ $id } 已移到最后。
ama-answer-usage = 请用文字或语音回复。
ama-answer-posted = #{ $id } 的回答已发布到 { $groups } 个群。
ama-answer-post =
    ❓ <b>{ $asker }：</b>{ $question }

    💬 <b>主持人：</b>{ $answer }
ama-answer-voice-post = ❓ <b>{ $asker }：</b>{ $question } — 🎙 主持人语音回答
ama-announce = 📣 AMA“{ $title }”将于 { $start } 开始。用 /ask 或 #ama 提问吧！
ama-announce-open = 🟢 AMA“{ $title }”已开始：用 /ask 或 #ama 提问，并在问题板上投票。
ama-announce-paused = ⏸ “{ $title }”的提问暂时暂停。
ama-announce-closed = 🏁 AMA“{ $title }”已结束。感谢大家的提问！回顾稍后发布。
ama-reminder-24h = ⏰ 明天：AMA“{ $title }”，{ $start }。准备好你的问题！
ama-reminder-1h = ⏰ 一小时后：AMA“{ $title }”，{ $start }。
ama-new-usage =
    用法：<code>/ama_new 标题 | 2026-11-26 14:00 | en,de,zh | -1001234567890 | 主持人ID</code>
    时间为 UTC；语言 en、de、zh；群 ID 用逗号分隔；主持人 ID 可选（默认是你）。
ama-new-bad-date = 开始时间格式应为 2026-11-26 14:00（UTC）。
ama-new-bad-languages = 语言必须是 en、de、zh 之一，用逗号分隔。
ama-new-bad-groups = 群 ID 必须是数字聊天 ID，例如 -1001234567890。
ama-new-bad-host = 主持人必须是数字 Telegram ID。
ama-new-done = AMA #{ $id }“{ $title }”已创建。用 /ama_open { $id } 开始收集问题。
ama-list-title = <b>AMA 列表</b>
ama-list-empty = 还没有 AMA。
ama-list-line = #{ $id } { $title }：{ $status }，{ $start } UTC
ama-session-unknown = 没有这场 AMA。
ama-status-open = AMA #{ $id }“{ $title }”正在收集问题。
ama-status-paused = AMA #{ $id }“{ $title }”已暂停。
ama-status-closed = AMA #{ $id }“{ $title }”已结束。未回答的问题已加入知识库建议。
ama-export-usage = 用法：/ama_export ID [md|json]
ama-export-caption = AMA #{ $id } 回顾（{ $language }）
ama-export-host = 主持人
ama-export-intro = AMA“{ $title }”（{ $date }）精彩回顾：社区共提出 { $asked } 个问题，其中 { $answered } 个在直播中得到回答。
ama-export-machine-translated = 机器翻译。
ama-export-qa-heading = 问答
ama-export-unanswered-heading = 最受关注的未回答问题
ama-export-asked-by = 提问者：{ $asker } · 👍 { $votes }
ama-export-votes = { $votes } 票
ama-export-none = 无。
ama-export-voice-answer = （语音回答）
ama-suggestions-title = <b>来自 AMA 的知识库建议</b>（未回答）
ama-suggestions-empty = 还没有建议。
ama-suggestions-line = #{ $id }（AMA { $session }，👍 { $votes }，{ $lang }）{ $text }
ama-new-ask-title = 新建 AMA。标题是什么？（发送 /cancel 取消）
ama-new-ask-start = 什么时候开始？格式如 2026-11-26 14:00（UTC）。
ama-new-ask-languages = 使用哪些语言？例如：en,de,zh
ama-new-ask-groups = 在哪些群进行？请填写数字群 ID，用逗号分隔（如 -1001234567890）。
ama-new-cancelled = 已取消：没有创建 AMA。
