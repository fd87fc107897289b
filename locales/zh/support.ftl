# Support desk: members
ticket-menu = 🆘 联系客服
ticket-cmd-support = 联系客服
ticket-cmd-tickets = 你的客服工单
ticket-cat-withdrawal = 💸 提现
ticket-cat-deposit = 📥 充值
ticket-cat-account = 👤 账户
ticket-cat-rewards = 🎁 奖励
ticket-cat-feedback = 💡 反馈或建议
ticket-cat-report_scam = 🚨 举报诈骗
ticket-cat-other = ❓ 其他
ticket-choose-category = 请选择问题类别：
ticket-choose-category-question = 我会把你的问题转给客服。请问是关于什么的？
ticket-category-unknown = 该类别已不再提供。请发送 /support 重新选择。
ticket-write-problem = 请用一条消息描述你的问题，也可以发送截图或文件。⚠️ 切勿发送密码、私钥、助记词或二次验证码。
ticket-created = ✅ 你的工单 #{ $id } 已创建。客服人员会在这里回复你。你可以随时补充消息。
ticket-relayed = 已添加到工单 #{ $id }。
ticket-choose-ticket = 你有多个未关闭的工单。这条消息属于哪一个？
ticket-choose-stale = 该选择已失效。请重新发送你的消息。
ticket-list-title = 你的工单：
ticket-list-line = #{ $id } { $category }：{ $state }（{ $date }）
ticket-list-empty = 你没有工单。发送 /support 联系客服。
ticket-btn-member-reopen = 重新打开 #{ $id }
ticket-btn-new = 新工单
ticket-reply =
    <b>{ $signature }</b>：
    { $text }
ticket-closed-member = 你的工单 #{ $id } 已关闭。你对我们的帮助满意吗？请选择 1 到 5 星。
ticket-rate-thanks = 感谢你的评分（{ $rating }/5）！如果愿意，现在可以写一句简短的评论。
ticket-rate-stale = 该工单已无法更改。
ticket-comment-thanks = 谢谢，你的评论已转达。
ticket-reopened-member = 你的工单 #{ $id } 已重新打开。在这里写消息即可补充。
ticket-unsupported = 请发送文字、图片或文件：其他类型的消息无法转达。
ticket-too-long = 消息太长（最多 { $max } 个字符）。请分开发送。
ticket-file-too-big = 文件太大（最多 { $max } MB）。
ticket-banned = 抱歉，你目前无法创建客服工单。
ticket-limit = 你在过去一小时内已创建 { $max } 个工单。请稍候，或在已有工单中补充。
ticket-state-new = 新建
ticket-state-open = 处理中
ticket-state-waiting = 等待你的回复
ticket-state-closed = 已关闭

# Support desk: staff
ticket-cmd-queue = 未关闭的客服工单
ticket-cmd-reply-group = 回复某资产的所有未关闭提现工单
ticket-cmd-ban = 拒绝某成员的工单
ticket-cmd-unban = 重新接受某成员的工单
ticket-cmd-category = 添加或删除工单类别
ticket-staff-header =
    🎫 <b>工单 #{ $id }</b> · { $category } · { $locale }
    成员：{ $name }（<code>{ $member }</code>）
    状态：{ $state } · 优先级：{ $priority } · 处理人：{ $taken }
    标签：{ $tags }
ticket-priority-normal = 普通
ticket-priority-high = 高
ticket-priority-urgent = 紧急
ticket-btn-take = 🙋 接手
ticket-btn-priority = ⚡ 优先级
ticket-btn-close = ✅ 关闭
ticket-btn-reopen = ↩️ 重新打开
ticket-done-take = 工单 #{ $id } 由 { $name } 接手。
ticket-done-prio = 已更改 #{ $id } 的优先级。
ticket-done-close = 工单 #{ $id } 已关闭。
ticket-done-reopen = 工单 #{ $id } 已重新打开。
ticket-staff-question = ❔ 成员向机器人提问，但机器人没有答案：{ $text }
ticket-staff-closed = 工单 #{ $id } 已关闭：你的消息未发送。请先重新打开。
ticket-staff-unsupported = 只有文字、图片和文件会转给成员。
ticket-staff-member-blocked = ⛔ 该成员已屏蔽机器人：工单 #{ $id } 的回复无法送达。
ticket-staff-not-delivered = ⚠️ 工单 #{ $id } 的回复无法送达。请稍后再试。
ticket-staff-member-reopened = ↩️ 成员重新打开了工单 #{ $id }。
ticket-staff-reminder = ⏰ 尚未回复（目标 { $minutes } 分钟）：{ $tickets }
ticket-officer-line = #{ $id } { $category }，已等待 { $minutes } 分钟
ticket-officer-escalation =
    🚨 <b>{ $count } 个工单未在 { $minutes } 分钟内首次回复</b>
    { $tickets }
ticket-digest =
    📊 <b>客服，过去 24 小时</b>
    新建：{ $created }
    当前未关闭：{ $open }
    超时（未首次回复）：{ $overdue }
    满意度（7 天）：{ $rating }/5，共 { $ratings } 个评分
ticket-alert-staff = ⚠️ 客服工单无法送达员工群：{ $problem }。工单保存在数据库中（见 /queue 或 `tickets list`）。工单：#{ $id }
ticket-queue-title = <b>未关闭工单</b>（{ $count }），最紧急和最早的在前：
ticket-queue-line = #{ $id } [{ $priority }] { $state } · { $category } · { $age } 分钟 · { $taken } { $problem }
ticket-queue-empty = 没有未关闭的工单。🎉
ticket-reply-group-usage = 用法：/reply_group <资产> <文字>，例如 /reply_group BTC 因维护提现延迟。
ticket-reply-group-none = 没有提到 { $asset } 的未关闭提现工单。
ticket-reply-group-queued = 对 { $tickets } 个 { $asset } 工单的回复已交给发送队列（广播 { $id }）。
ticket-reply-group-done = 对 { $tickets } 个 { $asset } 工单的回复：{ $sent } 已送达，{ $blocked } 已屏蔽机器人，{ $failed } 失败。
ticket-ban-usage = 用法：/ticket_ban <Telegram ID> [原因] 或 /ticket_unban <Telegram ID>
ticket-ban-done = { $id } 不能再创建工单。
ticket-unban-done = { $id } 可以重新创建工单。
ticket-category-usage = 用法：/ticket_category add <键> [名称] 或 /ticket_category remove <键>
ticket-category-done = 类别已更新：{ $key }。
ticket-staff-suggestion =
    🤖 <b>摘要</b>：{ $summary }
    <b>建议回复</b>（未发送；请在此话题中写下你自己的回复）：
    { $reply }
ticket-staff-kb-matches =
    📚 <b>可能解答此问题的知识库条目</b>（成员的语言）：
    { $entries }
ticket-staff-kb-entry = • { $title }（<code>{ $id }</code>）
